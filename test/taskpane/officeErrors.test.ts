import { describeError } from '../../src/taskpane/officeErrors';

describe('describeError', () => {
  it.each([
    ['InvalidOperationInCellEditMode', '正在编辑单元格'],
    ['AccessDenied', '受保护'],
    ['ItemAlreadyExists', '同名工作表已存在'],
    ['RequestPayloadSizeLimitExceeded', '超过 Excel 的限制'],
  ])('tells the user what to do when Office rejects with %s', (code, expected) => {
    const error = Object.assign(new Error('RichApi.Error'), { code });
    expect(describeError(error)).toContain(expected);
  });

  it('keeps the code and the message of an error it does not know', () => {
    const message = describeError(Object.assign(new Error('The argument is invalid.'), { code: 'InvalidArgument' }));
    expect(message).toContain('InvalidArgument');
    expect(message).toContain('The argument is invalid.');
  });

  it('describes a thrown value that is not an Error', () => {
    expect(describeError('断开连接')).toContain('断开连接');
  });
});
