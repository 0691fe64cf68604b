/**
 * 诊断信息 (⋯ menu) — what this Excel is and supports: host, platform, Office version, the
 * requirement sets the add-in uses and whether each is supported, each feature on or off with what
 * the add-in does instead, the add-in's version; and a button that copies it all as text for a
 * support request (src/excel/diagnostics.ts reads and words it).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type ReactElement } from 'react';
import { diagnosticsText, type Diagnostics } from '../../excel/diagnostics';
import { lastErrorDetail } from '../officeErrors';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'left', verticalAlign: 'top', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  on: { color: tokens.colorPaletteGreenForeground1 },
  off: { color: tokens.colorPaletteDarkOrangeForeground1 },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  copyArea: { position: 'absolute', left: '-9999px', width: '1px', height: '1px' },
});

/** Copies `text`: the Clipboard API where the host allows it, else a selected text area and execCommand. */
async function copy(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!area) return false;
    area.value = text;
    area.select();
    return document.execCommand('copy');
  }
}

export default function DiagnosticsDialog({ open, diagnostics, onClose }: { open: boolean; diagnostics?: Diagnostics; onClose: () => void }): ReactElement {
  const styles = useStyles();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string>();
  const error = lastErrorDetail();
  const text = diagnostics ? `${diagnosticsText(diagnostics)}${error ? `\n最近一次错误：${error}` : ''}` : '未能读取 Excel 的信息（未在 Excel 中打开）。';
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-label="诊断信息">
        <DialogBody>
          <DialogTitle>诊断信息</DialogTitle>
          {/* Focusable, so that a keyboard can scroll it where it does not fit. */}
          <DialogContent className={styles.content} tabIndex={0} aria-label="诊断信息的内容">
            {diagnostics ? (
              <>
                <table className={styles.table} aria-label="环境">
                  <tbody>
                    <tr>
                      <th className={styles.cell} scope="row">宿主</th>
                      <td className={styles.cell}>{diagnostics.host}</td>
                    </tr>
                    <tr>
                      <th className={styles.cell} scope="row">平台</th>
                      <td className={styles.cell}>{diagnostics.platform}</td>
                    </tr>
                    <tr>
                      <th className={styles.cell} scope="row">Office 版本</th>
                      <td className={styles.cell}>{diagnostics.officeVersion ?? '未知'}</td>
                    </tr>
                    <tr>
                      <th className={styles.cell} scope="row">加载项版本</th>
                      <td className={styles.cell}>{diagnostics.addinVersion}</td>
                    </tr>
                  </tbody>
                </table>
                <table className={styles.table} aria-label="要求集">
                  <thead>
                    <tr>
                      <th className={styles.cell} scope="col">要求集</th>
                      <th className={styles.cell} scope="col">支持</th>
                    </tr>
                  </thead>
                  <tbody>
                    {diagnostics.requirementSets.map((set) => (
                      <tr key={`${set.name} ${set.version}`}>
                        <td className={styles.cell}>{`${set.name} ${set.version}`}</td>
                        <td className={`${styles.cell} ${set.supported ? styles.on : styles.off}`}>{set.supported ? '支持' : '不支持'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <table className={styles.table} aria-label="功能">
                  <thead>
                    <tr>
                      <th className={styles.cell} scope="col">功能</th>
                      <th className={styles.cell} scope="col">状态</th>
                    </tr>
                  </thead>
                  <tbody>
                    {diagnostics.features.map((feature) => (
                      <tr key={feature.id} data-feature={feature.id} data-enabled={feature.enabled}>
                        <td className={styles.cell}>{feature.label}</td>
                        <td className={`${styles.cell} ${feature.enabled ? styles.on : styles.off}`}>
                          {feature.enabled ? '可用' : `不可用：${feature.fallback}（需要 ${feature.needs}）`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : (
              <Text>{text}</Text>
            )}
            <textarea ref={area} className={styles.copyArea} aria-hidden="true" tabIndex={-1} readOnly />
            <div role="status" aria-live="polite">
              {copied}
            </div>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => void copy(text, area.current).then((ok) => setCopied(ok ? '已复制，可粘贴到给技术支持的邮件或工单中。' : '无法复制：请选中上面的内容后按 Ctrl+C。'))}
            >
              复制诊断信息
            </Button>
            <Button onClick={onClose}>关闭</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
