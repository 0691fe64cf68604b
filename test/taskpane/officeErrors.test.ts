import { describeError, lastErrorDetail } from '../../src/taskpane/officeErrors';

/** Latin letters a Chinese user would not understand; the product names Excel and Word are allowed. */
const foreign = (text: string) => text.replace(/Excel|Word|Microsoft 365/g, '').match(/[A-Za-z]+/g) ?? [];

describe('describeError', () => {
  it.each([
    ['InvalidOperationInCellEditMode', '正在编辑单元格'],
    ['AccessDenied', '受保护'],
    ['ItemAlreadyExists', '同名工作表已存在'],
    ['RequestPayloadSizeLimitExceeded', '超过 Excel 的限制'],
    ['GeneralException', '关闭并重新打开本窗格'],
  ])('tells the user what to do when Office rejects with %s, in Chinese', (code, expected) => {
    const message = describeError(Object.assign(new Error('An internal error has occurred.'), { code }));
    expect(message).toContain(expected);
    expect(foreign(message)).toEqual([]);
  });

  it('says what to do about an error it does not know, without Office\'s English, which it keeps for the 诊断 view', () => {
    const message = describeError(Object.assign(new Error('The argument is invalid.'), { code: 'SomethingNew' }));
    expect(message).toContain('诊断信息');
    expect(foreign(message)).toEqual([]);
    expect(lastErrorDetail()).toBe('SomethingNew：The argument is invalid.');
  });

  it('describes a thrown value that is not an Error', () => {
    expect(foreign(describeError(new TypeError('x is undefined')))).toEqual([]);
    expect(lastErrorDetail()).toBe('x is undefined');
  });
});
