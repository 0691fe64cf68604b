/**
 * The ⋯ menu, loaded when first opened (the menu and its positioning are not part of the initial
 * bundle): 诊断信息.
 */
import { Menu, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components';
import type { ReactElement, RefObject } from 'react';

export default function MoreMenu({ target, onDiagnostics, onClose }: { target: RefObject<HTMLButtonElement | null>; onDiagnostics: () => void; onClose: () => void }): ReactElement {
  return (
    <Menu open positioning={{ target: target.current, position: 'below', align: 'end' }} onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={onDiagnostics}>诊断信息</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
