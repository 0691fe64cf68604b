/**
 * 示例参数 — the seed's inputs that are not in its tables, as its published 第一部分 and 第三部分 state them
 * (data/seed/yangcheng-emergency-2024-budget-disclosure.txt; line numbers cited per field).
 *
 * Where the seed states only this year's figure and the change, last year's figure is computed
 * from exactly those two printed numbers, so the sample carries no figure the seed does not imply.
 */
import { Decimal } from '../amount';
import { YANGCHENG_2024 } from '../sample/yangcheng-2024.generated';
import type { ParamValues } from './sheet';

/** Last year's figure from this year's printed figure and the stated 增加 (+) or 减少 (−). */
function lastYear(current: string, change: string): Decimal {
  return new Decimal(current).minus(change);
}

/**
 * The seed's 参数: 阳城县应急管理局, 2024.
 * @example sampleParams()['lastYear.incomeTotal'] // Decimal 3957.5
 */
export function sampleParams(): ParamValues {
  return {
    // Lines 74–112 (一、本部门职责) and 114–116 (二、机构设置情况) of 第一部分 概况, extracted by
    // scripts/generate-sample.js into the generated sample, one paragraph a line.
    'profile.duties': YANGCHENG_2024.profile.duties,
    'profile.organisation': YANGCHENG_2024.profile.organisation,

    // Line 482: 2024年度阳城县应急管理局…; line 535: 本部门2024年所属二级行政单位.
    department: '阳城县应急管理局',
    year: new Decimal(2024),
    unitType: '行政单位',

    // Line 482: 收入总计4,510.52万元 … 比上年增加553.02万元.
    'lastYear.incomeTotal': lastYear('4510.52', '553.02'),
    // Line 482: 支出总计4,510.52万元 … 比上年增加553.02万元.
    'lastYear.expenditureTotal': lastYear('4510.52', '553.02'),
    // Line 505: 一般公共预算当年支出4,052.12万元，比上年增加189.52万元.
    'lastYear.generalPublicCurrent': lastYear('4052.12', '189.52'),
    // Line 525: “三公”经费预算3.66万元比2023年减少0.06万元.
    'lastYear.threePublic': lastYear('3.66', '-0.06'),
    // Line 527: 因公出国（境）费0万元，与上年预算数相同.
    'lastYear.abroad': new Decimal(0),
    // Line 527: 公务接待费0.58万元，与上年相比预算数减少0.07万元.
    'lastYear.reception': lastYear('0.58', '-0.07'),
    // Line 527: 公务用车购置及运行费3.08万元，与上年相比预算数增加0.01万元（2023年系统自动取数为3.07万元）.
    'lastYear.vehicle': lastYear('3.08', '0.01'),
    // Line 527: 公务用车购置费0万元，与上年预算数相同.
    'lastYear.vehiclePurchase': new Decimal(0),
    // Line 527: 公务用车运行维护费3.08万元，与上年相比预算数增加0.01万元.
    'lastYear.vehicleOperation': lastYear('3.08', '0.01'),
    // Line 535: 比2023年预算94.18万元增加25.34万元.
    'lastYear.operating': new Decimal('94.18'),

    // Line 482, both for 收入总计 and 支出总计.
    'reason.income': '2024年新增项目安全生产预防和应急救援能力建设补助资金426.4万元，阳东一级消防站建设项目资金150万元',
    'reason.expenditure': '2024年新增项目安全生产预防和应急救援能力建设补助资金426.4万元，阳东一级消防站建设项目资金150万元',
    // Line 505 gives no reason for 一般公共预算当年支出: left absent, so the text asks for it.
    // Line 525.
    'reason.threePublic': '根据省、市文件精神，压缩“三公”经费预算',
    // Line 527.
    'reason.reception': '根据省、市文件精神，压缩“三公”经费预算',
    'reason.vehicle': '公务用车购置及运行费2023年与2024年预算数实际为30780元，2023年系统自动取数为3.07万元，2024年系统自动取数为3.08万元',
    'reason.vehicleOperation': '公务用车运行维护费2023年与2024年预算数实际为30780元，2023年系统自动取数为3.07万元，2024年系统自动取数为3.08万元',
    // Line 535.
    'reason.operating': '2023年退休4人，新招录事业人员28人，2023年年初28名事业人员经费未列入预算，2024年列入预算',

    // Line 539: 政府采购货物预算15.00万元、政府采购工程预算0万元、政府采购服务预算0万元.
    'procurement.goods': new Decimal('15.00'),
    'procurement.works': new Decimal(0),
    'procurement.services': new Decimal(0),

    // Line 1523: 公务用车编制2辆，实有2辆，其中：…执法执勤用车2辆，其余各类0辆.
    'vehicles.quota': new Decimal(2),
    'vehicles.leader': new Decimal(0),
    'vehicles.confidential': new Decimal(0),
    'vehicles.emergency': new Decimal(0),
    'vehicles.lawEnforcement': new Decimal(2),
    'vehicles.special': new Decimal(0),
    'vehicles.institution': new Decimal(0),
    'vehicles.other': new Decimal(0),
    // Line 1527: 办公用房建筑总面积900平方米.
    'assets.floorArea': new Decimal(900),
    // Line 1531: 50万元（原值）以上的通用设备0台（套）；100万元（原值）以上的通用设备0台（套）.
    'assets.equipmentOver50': new Decimal(0),
    'assets.equipmentOver100': new Decimal(0),

    // Lines 545–547: 机关及下属预算单位2个，其中1个单位（包括机关）编报了单位整体绩效目标，涉及资金4052.12万元.
    'performance.units': new Decimal(2),
    'performance.unitsReporting': new Decimal(1),
    'performance.unitsAmount': new Decimal('4052.12'),
    // Line 551: 其他运转类项目6个，涉及金额562.39万元；特定目标类项目22个，涉及金额1,982.73万元.
    'performance.operatingProjects': new Decimal(6),
    'performance.operatingAmount': new Decimal('562.39'),
    'performance.specificProjects': new Decimal(22),
    'performance.specificAmount': new Decimal('1982.73'),
    // Line 551: 公开项目绩效目标28个，涉及项目金额2,545.13万元.
    'performance.publishedProjects': new Decimal(28),
    'performance.publishedAmount': new Decimal('2545.13'),

    // Line 1537: 2024年航空应急救援服务； 购买金额：240万元.
    'purchasedService1.name': '2024年航空应急救援服务',
    'purchasedService1.amount': new Decimal(240),

    // Line 1541: 十二（二）其他.
    otherNotes: '本部门严格按照专项资金使用管理办法进行审批支付，并加强自身内部控制制度，确保专项资金的安全性和有效性。',
  };
}
