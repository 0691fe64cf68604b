import { STRINGS, uiLanguage, type UiStrings } from '../../src/taskpane/strings';

/** Every leaf string of a strings tree, by its dotted path. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(prefix + key, value);
    else for (const [path, text] of leaves(value as object, `${prefix}${key}.`)) found.set(path, text);
  }
  return found;
}

describe('uiLanguage', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['ZH-cn', 'zh'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'zh'],
    ['', 'zh'],
  ])('shows %s users the %s interface', (displayLanguage, expected) => {
    expect(uiLanguage(displayLanguage)).toBe(expected);
  });
});

describe('STRINGS', () => {
  const chinese = leaves(STRINGS.zh);
  const english = leaves(STRINGS.en);

  it('has an English fallback for every Chinese text, and nothing left empty', () => {
    expect([...english.keys()].sort()).toEqual([...chinese.keys()].sort());
    for (const [path, text] of [...chinese, ...english]) expect([path, text.trim().length > 0]).toEqual([path, true]);
  });

  it('writes the Chinese interface in Chinese', () => {
    const untranslated = [...chinese].filter(([, text]) => !/[\u4e00-\u9fff]/.test(text)).map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it('keeps the {n} slots in both languages', () => {
    const slots = (strings: UiStrings) => [strings.check.tablesFound, strings.check.cleared].map((text) => text.includes('{n}'));
    expect(slots(STRINGS.zh)).toEqual([true, true]);
    expect(slots(STRINGS.en)).toEqual([true, true]);
  });
});
