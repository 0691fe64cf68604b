import { NAME_SIMILARITY_THRESHOLD, nameSimilarity, pairByName } from '../../../src/core/performance/similarity';

describe('nameSimilarity', () => {
  it.each([
    ['安全生产月活动经费', '安全生产月经费'],
    ['行政执法制式服装经费', '行政执法制服经费'],
    ['煤矿整治重大隐患专项行动工作专项经费', '煤矿整治重大隐患特别行动工作专项经费'],
  ])('takes the seed’s differently printed pair %s / %s for one project', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(NAME_SIMILARITY_THRESHOLD);
  });

  it.each([
    ['应急管理及安全生产专家经费', '安全生产月经费'],
    ['阳东一级消防站建设项目经费', '乡镇专职消防队经费'],
    ['安全培训经费', '安监人员入井补助'],
  ])('keeps different projects %s / %s apart', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(NAME_SIMILARITY_THRESHOLD);
  });

  it('is 1 for names that differ only in printed variants (其它/其他, brackets, spaces) and 0 with nothing in common', () => {
    expect(nameSimilarity('其它支出（补助）', '其他支出 (补助)')).toBe(1);
    expect(nameSimilarity('安全培训', '消防车辆')).toBe(0);
    expect(nameSimilarity('', '消防')).toBe(0);
  });

  it('is symmetric and counts a repeated bigram only as often as both names hold it', () => {
    expect(nameSimilarity('经费经费', '经费')).toBe(nameSimilarity('经费', '经费经费'));
    // 经费经费: 经费, 费经, 经费 — 经费 twice; 经费 holds it once: 2·1 / (3 + 1).
    expect(nameSimilarity('经费经费', '经费')).toBe(0.5);
  });
});

describe('pairByName', () => {
  it('gives an exact twin precedence over a look-alike that scores high against several', () => {
    const projects = ['应急管理及安全生产监管经费', '应急管理及安全生产教育经费', '应急管理及安全生产专家经费'];
    const targets = ['应急管理及安全生产教育经费', '应急管理及安全生产监管经费'];
    const pairs = pairByName(projects, targets, (s) => s, (s) => s);
    expect(pairs.map((p) => [p.left, p.right, p.score])).toEqual([
      ['应急管理及安全生产监管经费', '应急管理及安全生产监管经费', 1],
      ['应急管理及安全生产教育经费', '应急管理及安全生产教育经费', 1],
    ]);
  });

  it('pairs one to one, below the threshold not at all', () => {
    const pairs = pairByName(['安全生产月活动经费', '安全培训经费'], ['安全生产月经费'], (s) => s, (s) => s);
    expect(pairs.map((p) => [p.left, p.right])).toEqual([['安全生产月活动经费', '安全生产月经费']]);
  });
});
