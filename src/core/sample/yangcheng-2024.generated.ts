/**
 * GENERATED FILE — do not edit. Regenerate with `npm run sample:regenerate`
 * (scripts/generate-sample.js) from data/seed/yangcheng-emergency-2024-tables.json
 * (sha256 784fa9c029f2f044396f852fc78e39bc9b4fba8bb474edd4332b1bb55630a949)
 * and data/seed/yangcheng-emergency-2024-budget-disclosure.txt (sha256 04c2bcaf7b45deac710b1144e0f0252fcd95bde3a51adafa86967988db4551d5).
 * The seed's 13 tables as structured rows; amounts are the printed strings in 万元;
 * profile: 第一部分 概况 of the published text, one paragraph a line; performance: its 绩效目标表
 * (amounts as exact strings, 元 per project, 万元 for the 整体 table).
 */
import type { GeneratedSample } from './generated-types';

export const YANGCHENG_2024: GeneratedSample = {
  "department": "阳城县应急管理局",
  "year": 2024,
  "unit": "万元",
  "profile": {
    "duties": "阳城县应急管理局工作职责：\n(1) 负责应急管理工作，指导各乡镇、各部门应对安全生产类、自然灾害类等突发事件和综合防灾减灾救灾工作。负责安全生产综合监督管理和工矿商贸行业安全生产监督管理工作。\n(2) 贯彻执行应急管理、安全生产等方针政策、法律法规、规章和地方标准，组织编制应急体系建设、安全生产和综合防灾减灾规划并监督实施。\n(3) 指导应急预案体系建设，建立完善事故灾难和自然灾害分级应对制度，组织编制县级总体应急预案和安全生产类、自然灾害类专项预案，综合协调应急预案和安全生产类、自然灾害类专项预案，综合协调应急预案衔接工作，组织开展预案演练，推动应急避难设施建设。\n(4) 牵头建立统一的应急管理信息系统，负责信息传输渠道的规划和布局，建立监测预警和灾情报告制度，健全自然灾害信息资源获取和共享机制，依法统一发布灾情。\n(5) 组织指导协调安全生产类、自然灾害类等突发事件应急救援，承担阳城县应对重大灾害、防汛抗旱、减灾、抗震救灾、森林防火等指挥部（委员会）职责，综合研判突发事件发展态势并提出应对建议，协助县委、县政府指定的负责同志组织重大灾害应急处置工作。\n(6) 统一协调指挥各类应急专业队伍，建立应急协调联动机制，推进指挥平台对接，衔接消防救援大队参与应急救援工作。\n(7) 统筹消防、森林和草原火灾扑救、抗洪抢险、地震和地质灾害救援、生产安全事故救援等专业应急救援力量建设，管理县级应急救援队伍，指导各乡镇（镇）及社会应急救援力量建设。\n(8) 组织指导消防监督、火灾预防、火灾扑救等工作。\n(9) 指导协调森林和草原火灾、水旱灾害、地震和地质灾害等防治工作，指导协调自然灾害综合监测预警工作，指导开展自然灾害综合风险评估工作。\n(10) 组织协调灾害救助工作，组织指导灾情核查、损失评估、救灾捐赠工作，管理、分配上级划拨和县级救灾款物并监督使用。\n(11) 依法行使安全生产综合监督管理职权，指导、协调、监督检查县有关部门、单位和各乡（镇）人民政府安全生产工作，组织开展安全生产巡查、考核工作。\n(12) 按照分级、属地原则，负责监督管理工矿商贸行业企业安全生产工作，依法监督检查工矿商贸生产经营单位贯彻执行安全生产法律法规情况及其安全生产条件和有关设备（特种设备除外）、材料、劳动防护用品的安全生产管理工作。负责煤矿安全监督管理工作。承担全县洗（选）煤厂、配煤、型煤加工企业的安全监督管理工作。牵头拟定有关监督管理标准并组织实施。负责危险化学品安全监督管理综合工作和烟花爆竹安全生产监督管理工作。负责煤层所抽采企业安全生产监督管理工作。依法组织并指导实施安全生产准入制度。\n(13) 依法组织指导生产安全事故调查处理，监督事故查处和责任追究落实情况。组织开展自然灾害类突发事件的调查评估工作。\n(14) 开展应急管理方面的对内对外交流合作，组织参与安全生产、自然灾害等突发事件的对内对外救援工作。\n(15) 制定应急物资储备和应急救援装备规划并组织实施，会同县发展和改革局等部门建立健全全县应急物资信息平台 and 调拨制度，有救灾时统一调度。\n(16) 负责应急管理、安全生产宣传教育和培训工作，组织指导应急管理、安全生产的科学技术研究、推广应用和信息化建设工作。\n(17) 承担县委、县政府交办的其他事项。",
    "organisation": "阳城县应急管理局内设职能部门共七个，分别为综合办公室、煤矿安全监督管理股、冶金工贸非煤矿山安全监督管理股、危险化学品安全监督管理和行政审批股、安全生产综合协调和政策法规股、防汛抗旱和火灾防治监督管理股、救灾减灾救援协调和事故调查股。"
  },
  "tables": {
    "budget.summary": {
      "title": "2024年预算收支总表",
      "note": "",
      "shape": "twoSided",
      "income": [
        {
          "label": "一、一般公共预算",
          "amounts": {
            "income": "4052.12"
          }
        },
        {
          "label": "二、政府性基金预算",
          "amounts": {}
        },
        {
          "label": "三、国有资本经营预算",
          "amounts": {}
        },
        {
          "label": "四、财政专户管理资金",
          "amounts": {}
        },
        {
          "label": "五、单位资金",
          "amounts": {}
        },
        {
          "label": "本年收入合计",
          "amounts": {
            "income": "4052.12"
          }
        },
        {
          "label": "上年结转",
          "amounts": {
            "income": "458.40"
          }
        },
        {
          "label": "收入总计",
          "amounts": {
            "income": "4510.52"
          }
        }
      ],
      "expenditure": [
        {
          "label": "一、一般公共服务支出",
          "amounts": {}
        },
        {
          "label": "二、外交支出",
          "amounts": {}
        },
        {
          "label": "三、国防支出",
          "amounts": {}
        },
        {
          "label": "四、公共安全支出",
          "amounts": {}
        },
        {
          "label": "五、教育支出",
          "amounts": {}
        },
        {
          "label": "六、科学技术支出",
          "amounts": {}
        },
        {
          "label": "七、文化旅游体育与传媒支出",
          "amounts": {}
        },
        {
          "label": "八、社会保障和就业支出",
          "amounts": {
            "total": "215.57",
            "currentYear": "215.57"
          }
        },
        {
          "label": "九、社会保险基金支出",
          "amounts": {}
        },
        {
          "label": "十、卫生健康支出",
          "amounts": {
            "total": "61.94",
            "currentYear": "61.94"
          }
        },
        {
          "label": "十一、节能环保支出",
          "amounts": {}
        },
        {
          "label": "十二、城乡社区支出",
          "amounts": {}
        },
        {
          "label": "十三、农林水支出",
          "amounts": {}
        },
        {
          "label": "十四、交通运输支出",
          "amounts": {}
        },
        {
          "label": "十五、资源勘探工业信息等支出",
          "amounts": {}
        },
        {
          "label": "十六、商业服务业等支出",
          "amounts": {}
        },
        {
          "label": "十七、金融支出",
          "amounts": {}
        },
        {
          "label": "十八、援助其他地区支出",
          "amounts": {}
        },
        {
          "label": "十九、自然资源海洋气象等支出",
          "amounts": {}
        },
        {
          "label": "二十、住房保障支出",
          "amounts": {
            "total": "118.38",
            "currentYear": "118.38"
          }
        },
        {
          "label": "二十一、粮油物资储备支出",
          "amounts": {}
        },
        {
          "label": "二十二、国有资本经营预算支出",
          "amounts": {}
        },
        {
          "label": "二十三、灾害防治及应急管理支出",
          "amounts": {
            "total": "4114.63",
            "currentYear": "3656.23",
            "carryover": "458.40"
          }
        },
        {
          "label": "二十四、预备费",
          "amounts": {}
        },
        {
          "label": "二十五、其他支出",
          "amounts": {}
        },
        {
          "label": "二十六、转移性支出",
          "amounts": {}
        },
        {
          "label": "二十七、债务还本支出",
          "amounts": {}
        },
        {
          "label": "二十八、债务付息支出",
          "amounts": {}
        },
        {
          "label": "二十九、债务发行费用支出",
          "amounts": {}
        },
        {
          "label": "三十、抗疫特别国债安排的支出",
          "amounts": {}
        },
        {
          "label": "本年支出合计",
          "amounts": {
            "total": "4510.52",
            "currentYear": "4052.12",
            "carryover": "458.40"
          }
        },
        {
          "label": "年终结转",
          "amounts": {}
        },
        {
          "label": "支出总计",
          "amounts": {
            "total": "4510.52",
            "currentYear": "4052.12",
            "carryover": "458.40"
          }
        }
      ]
    },
    "budget.income": {
      "title": "2024年预算收入总表",
      "note": "",
      "shape": "coded",
      "total": {
        "total": "4052.12",
        "generalPublic": "4052.12",
        "carryover": "458.40"
      },
      "rows": [
        {
          "code": "208",
          "name": "社会保障和就业支出",
          "amounts": {
            "total": "215.57",
            "generalPublic": "215.57"
          }
        },
        {
          "code": "20805",
          "name": "行政事业单位养老支出",
          "amounts": {
            "total": "215.57",
            "generalPublic": "215.57"
          }
        },
        {
          "code": "2080501",
          "name": "行政单位离退休",
          "amounts": {
            "total": "0.80",
            "generalPublic": "0.80"
          }
        },
        {
          "code": "2080505",
          "name": "机关事业单位基本养老保险缴费支出",
          "amounts": {
            "total": "143.18",
            "generalPublic": "143.18"
          }
        },
        {
          "code": "2080506",
          "name": "机关事业单位职业年金缴费支出",
          "amounts": {
            "total": "71.59",
            "generalPublic": "71.59"
          }
        },
        {
          "code": "210",
          "name": "卫生健康支出",
          "amounts": {
            "total": "61.94",
            "generalPublic": "61.94"
          }
        },
        {
          "code": "21007",
          "name": "计划生育事务",
          "amounts": {
            "total": "0.48",
            "generalPublic": "0.48"
          }
        },
        {
          "code": "2100799",
          "name": "其他计划生育事务支出",
          "amounts": {
            "total": "0.48",
            "generalPublic": "0.48"
          }
        },
        {
          "code": "21011",
          "name": "行政事业单位医疗",
          "amounts": {
            "total": "61.46",
            "generalPublic": "61.46"
          }
        },
        {
          "code": "2101101",
          "name": "行政单位医疗",
          "amounts": {
            "total": "60.58",
            "generalPublic": "60.58"
          }
        },
        {
          "code": "2101102",
          "name": "事业单位医疗",
          "amounts": {
            "total": "0.88",
            "generalPublic": "0.88"
          }
        },
        {
          "code": "221",
          "name": "住房保障支出",
          "amounts": {
            "total": "118.38",
            "generalPublic": "118.38"
          }
        },
        {
          "code": "22102",
          "name": "住房改革支出",
          "amounts": {
            "total": "118.38",
            "generalPublic": "118.38"
          }
        },
        {
          "code": "2210201",
          "name": "住房公积金",
          "amounts": {
            "total": "118.38",
            "generalPublic": "118.38"
          }
        },
        {
          "code": "224",
          "name": "灾害防治及应急管理支出",
          "amounts": {
            "total": "3656.23",
            "generalPublic": "3656.23",
            "carryover": "458.40"
          }
        },
        {
          "code": "22401",
          "name": "应急管理事务",
          "amounts": {
            "total": "2837.01",
            "generalPublic": "2837.01",
            "carryover": "426.40"
          }
        },
        {
          "code": "2240101",
          "name": "行政运行",
          "amounts": {
            "total": "93.59",
            "generalPublic": "93.59"
          }
        },
        {
          "code": "2240102",
          "name": "一般行政管理事务",
          "amounts": {
            "total": "1.63",
            "generalPublic": "1.63"
          }
        },
        {
          "code": "2240108",
          "name": "应急救援",
          "amounts": {
            "carryover": "426.40"
          }
        },
        {
          "code": "2240109",
          "name": "应急管理",
          "amounts": {
            "total": "1724.28",
            "generalPublic": "1724.28"
          }
        },
        {
          "code": "2240150",
          "name": "事业运行",
          "amounts": {
            "total": "1017.52",
            "generalPublic": "1017.52"
          }
        },
        {
          "code": "22402",
          "name": "消防救援事务",
          "amounts": {
            "total": "508.41",
            "generalPublic": "508.41"
          }
        },
        {
          "code": "2240204",
          "name": "消防应急救援",
          "amounts": {
            "total": "508.41",
            "generalPublic": "508.41"
          }
        },
        {
          "code": "22407",
          "name": "自然灾害救灾及恢复重建支出",
          "amounts": {
            "total": "310.81",
            "generalPublic": "310.81",
            "carryover": "32.00"
          }
        },
        {
          "code": "2240703",
          "name": "自然灾害救灾补助",
          "amounts": {
            "total": "110.00",
            "generalPublic": "110.00",
            "carryover": "32.00"
          }
        },
        {
          "code": "2240799",
          "name": "其他自然灾害救灾及恢复重建支出",
          "amounts": {
            "total": "200.81",
            "generalPublic": "200.81"
          }
        }
      ]
    },
    "budget.expenditure": {
      "title": "2024年预算支出汇总表",
      "note": "",
      "shape": "coded",
      "total": {
        "total": "4510.52",
        "basic": "1507.00",
        "project": "3003.53"
      },
      "rows": [
        {
          "code": "208",
          "name": "社会保障和就业支出",
          "amounts": {
            "total": "215.57",
            "basic": "215.57"
          }
        },
        {
          "code": "20805",
          "name": "行政事业单位养老支出",
          "amounts": {
            "total": "215.57",
            "basic": "215.57"
          }
        },
        {
          "code": "2080501",
          "name": "行政单位离退休",
          "amounts": {
            "total": "0.80",
            "basic": "0.80"
          }
        },
        {
          "code": "2080505",
          "name": "机关事业单位基本养老保险缴费支出",
          "amounts": {
            "total": "143.18",
            "basic": "143.18"
          }
        },
        {
          "code": "2080506",
          "name": "机关事业单位职业年金缴费支出",
          "amounts": {
            "total": "71.59",
            "basic": "71.59"
          }
        },
        {
          "code": "210",
          "name": "卫生健康支出",
          "amounts": {
            "total": "61.94",
            "basic": "61.94"
          }
        },
        {
          "code": "21007",
          "name": "计划生育事务",
          "amounts": {
            "total": "0.48",
            "basic": "0.48"
          }
        },
        {
          "code": "2100799",
          "name": "其他计划生育事务支出",
          "amounts": {
            "total": "0.48",
            "basic": "0.48"
          }
        },
        {
          "code": "21011",
          "name": "行政事业单位医疗",
          "amounts": {
            "total": "61.46",
            "basic": "61.46"
          }
        },
        {
          "code": "2101101",
          "name": "行政单位医疗",
          "amounts": {
            "total": "60.58",
            "basic": "60.58"
          }
        },
        {
          "code": "2101102",
          "name": "事业单位医疗",
          "amounts": {
            "total": "0.88",
            "basic": "0.88"
          }
        },
        {
          "code": "221",
          "name": "住房保障支出",
          "amounts": {
            "total": "118.38",
            "basic": "118.38"
          }
        },
        {
          "code": "22102",
          "name": "住房改革支出",
          "amounts": {
            "total": "118.38",
            "basic": "118.38"
          }
        },
        {
          "code": "2210201",
          "name": "住房公积金",
          "amounts": {
            "total": "118.38",
            "basic": "118.38"
          }
        },
        {
          "code": "224",
          "name": "灾害防治及应急管理支出",
          "amounts": {
            "total": "4114.63",
            "basic": "1111.11",
            "project": "3003.53"
          }
        },
        {
          "code": "22401",
          "name": "应急管理事务",
          "amounts": {
            "total": "3263.41",
            "basic": "1111.11",
            "project": "2152.30"
          }
        },
        {
          "code": "2240101",
          "name": "行政运行",
          "amounts": {
            "total": "93.59",
            "basic": "93.59"
          }
        },
        {
          "code": "2240102",
          "name": "一般行政管理事务",
          "amounts": {
            "total": "1.63",
            "project": "1.63"
          }
        },
        {
          "code": "2240108",
          "name": "应急救援",
          "amounts": {
            "total": "426.40",
            "project": "426.40"
          }
        },
        {
          "code": "2240109",
          "name": "应急管理",
          "amounts": {
            "total": "1724.28",
            "project": "1724.28"
          }
        },
        {
          "code": "2240150",
          "name": "事业运行",
          "amounts": {
            "total": "1017.52",
            "basic": "1017.52"
          }
        },
        {
          "code": "22402",
          "name": "消防救援事务",
          "amounts": {
            "total": "508.41",
            "project": "508.41"
          }
        },
        {
          "code": "2240204",
          "name": "消防应急救援",
          "amounts": {
            "total": "508.41",
            "project": "508.41"
          }
        },
        {
          "code": "22407",
          "name": "自然灾害救灾及恢复重建支出",
          "amounts": {
            "total": "342.81",
            "project": "342.81"
          }
        },
        {
          "code": "2240703",
          "name": "自然灾害救灾补助",
          "amounts": {
            "total": "142.00",
            "project": "142.00"
          }
        },
        {
          "code": "2240799",
          "name": "其他自然灾害救灾及恢复重建支出",
          "amounts": {
            "total": "200.81",
            "project": "200.81"
          }
        }
      ]
    },
    "budget.fiscalSummary": {
      "title": "2024年财政拨款收支总表",
      "note": "",
      "shape": "twoSided",
      "income": [
        {
          "label": "一、一般公共预算",
          "amounts": {
            "income": "4052.12"
          }
        },
        {
          "label": "二、政府性基金预算",
          "amounts": {}
        },
        {
          "label": "三、国有资本经营预算",
          "amounts": {}
        },
        {
          "label": "本年收入合计",
          "amounts": {
            "income": "4052.12"
          }
        },
        {
          "label": "上年财政拨款结转",
          "amounts": {
            "income": "458.40"
          }
        },
        {
          "label": "一、一般公共预算",
          "amounts": {
            "income": "458.40"
          }
        },
        {
          "label": "二、政府性基金预算",
          "amounts": {}
        },
        {
          "label": "三、国有资本经营预算",
          "amounts": {}
        },
        {
          "label": "收入总计",
          "amounts": {
            "income": "4510.52"
          }
        }
      ],
      "expenditure": [
        {
          "label": "一、一般公共服务支出",
          "amounts": {}
        },
        {
          "label": "二、外交支出",
          "amounts": {}
        },
        {
          "label": "三、国防支出",
          "amounts": {}
        },
        {
          "label": "四、公共安全支出",
          "amounts": {}
        },
        {
          "label": "五、教育支出",
          "amounts": {}
        },
        {
          "label": "六、科学技术支出",
          "amounts": {}
        },
        {
          "label": "七、文化旅游体育与传媒支出",
          "amounts": {}
        },
        {
          "label": "八、社会保障和就业支出",
          "amounts": {
            "total": "215.57",
            "generalPublic": "215.57"
          }
        },
        {
          "label": "九、社会保险基金支出",
          "amounts": {}
        },
        {
          "label": "十、卫生健康支出",
          "amounts": {
            "total": "61.94",
            "generalPublic": "61.94"
          }
        },
        {
          "label": "十一、节能环保支出",
          "amounts": {}
        },
        {
          "label": "十二、城乡社区支出",
          "amounts": {}
        },
        {
          "label": "十三、农林水支出",
          "amounts": {}
        },
        {
          "label": "十四、交通运输支出",
          "amounts": {}
        },
        {
          "label": "十五、资源勘探工业信息等支出",
          "amounts": {}
        },
        {
          "label": "十六、商业服务业等支出",
          "amounts": {}
        },
        {
          "label": "十七、金融支出",
          "amounts": {}
        },
        {
          "label": "十八、援助其他地区支出",
          "amounts": {}
        },
        {
          "label": "十九、自然资源海洋气象等支出",
          "amounts": {}
        },
        {
          "label": "二十、住房保障支出",
          "amounts": {
            "total": "118.38",
            "generalPublic": "118.38"
          }
        },
        {
          "label": "二十一、粮油物资储备支出",
          "amounts": {}
        },
        {
          "label": "二十二、国有资本经营预算支出",
          "amounts": {}
        },
        {
          "label": "二十三、灾害防治及应急管理支出",
          "amounts": {
            "total": "4114.63",
            "generalPublic": "4114.63"
          }
        },
        {
          "label": "二十四、预备费",
          "amounts": {}
        },
        {
          "label": "二十五、其他支出",
          "amounts": {}
        },
        {
          "label": "二十六、转移性支出",
          "amounts": {}
        },
        {
          "label": "二十七、债务还本支出",
          "amounts": {}
        },
        {
          "label": "二十八、债务付息支出",
          "amounts": {}
        },
        {
          "label": "二十九、债务发行费用支出",
          "amounts": {}
        },
        {
          "label": "三十、抗疫特别国债安排的支出",
          "amounts": {}
        },
        {
          "label": "本年支出合计",
          "amounts": {
            "total": "4510.52",
            "generalPublic": "4510.52"
          }
        },
        {
          "label": "年终结转",
          "amounts": {}
        },
        {
          "label": "支出总计",
          "amounts": {
            "total": "4510.52",
            "generalPublic": "4510.52"
          }
        }
      ]
    },
    "budget.generalPublic": {
      "title": "2024年一般公共预算支出预算表（不含上年结转）",
      "note": "",
      "shape": "coded",
      "total": {
        "total": "4052.12",
        "basic": "1507.00",
        "project": "2545.13"
      },
      "rows": [
        {
          "code": "208",
          "name": "社会保障和就业支出",
          "amounts": {
            "total": "215.57",
            "basic": "215.57"
          }
        },
        {
          "code": "20805",
          "name": "行政事业单位养老支出",
          "amounts": {
            "total": "215.57",
            "basic": "215.57"
          }
        },
        {
          "code": "2080501",
          "name": "行政单位离退休",
          "amounts": {
            "total": "0.80",
            "basic": "0.80"
          }
        },
        {
          "code": "2080505",
          "name": "机关事业单位基本养老保险缴费支出",
          "amounts": {
            "total": "143.18",
            "basic": "143.18"
          }
        },
        {
          "code": "2080506",
          "name": "机关事业单位职业年金缴费支出",
          "amounts": {
            "total": "71.59",
            "basic": "71.59"
          }
        },
        {
          "code": "210",
          "name": "卫生健康支出",
          "amounts": {
            "total": "61.94",
            "basic": "61.94"
          }
        },
        {
          "code": "21007",
          "name": "计划生育事务",
          "amounts": {
            "total": "0.48",
            "basic": "0.48"
          }
        },
        {
          "code": "2100799",
          "name": "其他计划生育事务支出",
          "amounts": {
            "total": "0.48",
            "basic": "0.48"
          }
        },
        {
          "code": "21011",
          "name": "行政事业单位医疗",
          "amounts": {
            "total": "61.46",
            "basic": "61.46"
          }
        },
        {
          "code": "2101101",
          "name": "行政单位医疗",
          "amounts": {
            "total": "60.58",
            "basic": "60.58"
          }
        },
        {
          "code": "2101102",
          "name": "事业单位医疗",
          "amounts": {
            "total": "0.88",
            "basic": "0.88"
          }
        },
        {
          "code": "221",
          "name": "住房保障支出",
          "amounts": {
            "total": "118.38",
            "basic": "118.38"
          }
        },
        {
          "code": "22102",
          "name": "住房改革支出",
          "amounts": {
            "total": "118.38",
            "basic": "118.38"
          }
        },
        {
          "code": "2210201",
          "name": "住房公积金",
          "amounts": {
            "total": "118.38",
            "basic": "118.38"
          }
        },
        {
          "code": "224",
          "name": "灾害防治及应急管理支出",
          "amounts": {
            "total": "3656.23",
            "basic": "1111.11",
            "project": "2545.13"
          }
        },
        {
          "code": "22401",
          "name": "应急管理事务",
          "amounts": {
            "total": "2837.01",
            "basic": "1111.11",
            "project": "1725.90"
          }
        },
        {
          "code": "2240101",
          "name": "行政运行",
          "amounts": {
            "total": "93.59",
            "basic": "93.59"
          }
        },
        {
          "code": "2240102",
          "name": "一般行政管理事务",
          "amounts": {
            "total": "1.63",
            "project": "1.63"
          }
        },
        {
          "code": "2240109",
          "name": "应急管理",
          "amounts": {
            "total": "1724.28",
            "project": "1724.28"
          }
        },
        {
          "code": "2240150",
          "name": "事业运行",
          "amounts": {
            "total": "1017.52",
            "basic": "1017.52"
          }
        },
        {
          "code": "22402",
          "name": "消防救援事务",
          "amounts": {
            "total": "508.41",
            "project": "508.41"
          }
        },
        {
          "code": "2240204",
          "name": "消防应急救援",
          "amounts": {
            "total": "508.41",
            "project": "508.41"
          }
        },
        {
          "code": "22407",
          "name": "自然灾害救灾及恢复重建支出",
          "amounts": {
            "total": "310.81",
            "project": "310.81"
          }
        },
        {
          "code": "2240703",
          "name": "自然灾害救灾补助",
          "amounts": {
            "total": "110.00",
            "project": "110.00"
          }
        },
        {
          "code": "2240799",
          "name": "其他自然灾害救灾及恢复重建支出",
          "amounts": {
            "total": "200.81",
            "project": "200.81"
          }
        }
      ]
    },
    "budget.basicEconomic": {
      "title": "2024年一般公共预算安排基本支出分经济科目表（不含上年结转）",
      "note": "",
      "shape": "economic",
      "total": {
        "total": "1507.00",
        "personnel": "1387.48",
        "publicUse": "119.52"
      },
      "rows": [
        {
          "role": "group",
          "name": "工资福利支出",
          "amounts": {
            "total": "1388.99",
            "personnel": "1387.00",
            "publicUse": "1.99"
          }
        },
        {
          "role": "item",
          "name": "基本工资",
          "govName": "工资奖金津补贴",
          "amounts": {
            "total": "474.66",
            "personnel": "474.66"
          }
        },
        {
          "role": "item",
          "name": "津贴补贴",
          "govName": "工资奖金津补贴",
          "amounts": {
            "total": "87.71",
            "personnel": "87.71"
          }
        },
        {
          "role": "item",
          "name": "奖金",
          "govName": "工资奖金津补贴",
          "amounts": {
            "total": "11.94",
            "personnel": "11.94"
          }
        },
        {
          "role": "item",
          "name": "绩效工资",
          "govName": "工资福利支出",
          "amounts": {
            "total": "379.83",
            "personnel": "379.83"
          }
        },
        {
          "role": "item",
          "name": "机关事业单位基本养老保险缴费",
          "govName": "社会保障缴费",
          "amounts": {
            "total": "143.18",
            "personnel": "143.18"
          }
        },
        {
          "role": "item",
          "name": "职业年金缴费",
          "govName": "社会保障缴费",
          "amounts": {
            "total": "71.59",
            "personnel": "71.59"
          }
        },
        {
          "role": "item",
          "name": "职工基本医疗保险缴费",
          "govName": "社会保障缴费",
          "amounts": {
            "total": "60.47",
            "personnel": "60.47"
          }
        },
        {
          "role": "item",
          "name": "其他社会保障缴费",
          "govName": "社会保障缴费",
          "amounts": {
            "total": "3.85",
            "personnel": "3.85"
          }
        },
        {
          "role": "item",
          "name": "住房公积金",
          "govName": "住房公积金",
          "amounts": {
            "total": "118.38",
            "personnel": "118.38"
          }
        },
        {
          "role": "item",
          "name": "其他工资福利支出",
          "govName": "其他工资福利支出",
          "amounts": {
            "total": "37.39",
            "personnel": "35.40",
            "publicUse": "1.99"
          }
        },
        {
          "role": "group",
          "name": "商品和服务支出",
          "amounts": {
            "total": "102.53",
            "publicUse": "102.53"
          }
        },
        {
          "role": "item",
          "name": "办公费",
          "govName": "办公经费",
          "amounts": {
            "total": "13.00",
            "publicUse": "13.00"
          }
        },
        {
          "role": "item",
          "name": "印刷费",
          "govName": "办公经费",
          "amounts": {
            "total": "5.00",
            "publicUse": "5.00"
          }
        },
        {
          "role": "item",
          "name": "水费",
          "govName": "办公经费",
          "amounts": {
            "total": "1.50",
            "publicUse": "1.50"
          }
        },
        {
          "role": "item",
          "name": "电费",
          "govName": "办公经费",
          "amounts": {
            "total": "3.00",
            "publicUse": "3.00"
          }
        },
        {
          "role": "item",
          "name": "邮电费",
          "govName": "办公经费",
          "amounts": {
            "total": "2.00",
            "publicUse": "2.00"
          }
        },
        {
          "role": "item",
          "name": "取暖费",
          "govName": "办公经费",
          "amounts": {
            "total": "6.00",
            "publicUse": "6.00"
          }
        },
        {
          "role": "item",
          "name": "差旅费",
          "govName": "办公经费",
          "amounts": {
            "total": "5.00",
            "publicUse": "5.00"
          }
        },
        {
          "role": "item",
          "name": "维修(护)费",
          "govName": "维修(护)费",
          "amounts": {
            "total": "5.00",
            "publicUse": "5.00"
          }
        },
        {
          "role": "item",
          "name": "公务接待费",
          "govName": "公务接待费",
          "amounts": {
            "total": "0.58",
            "publicUse": "0.58"
          }
        },
        {
          "role": "item",
          "name": "委托业务费",
          "govName": "委托业务费",
          "amounts": {
            "total": "4.00",
            "publicUse": "4.00"
          }
        },
        {
          "role": "item",
          "name": "工会经费",
          "govName": "办公经费",
          "amounts": {
            "total": "17.12",
            "publicUse": "17.12"
          }
        },
        {
          "role": "item",
          "name": "福利费",
          "govName": "办公经费",
          "amounts": {
            "total": "29.97",
            "publicUse": "29.97"
          }
        },
        {
          "role": "item",
          "name": "公务用车运行维护费",
          "govName": "公务用车运行维护费",
          "amounts": {
            "total": "3.08",
            "publicUse": "3.08"
          }
        },
        {
          "role": "item",
          "name": "其他交通费用",
          "govName": "办公经费",
          "amounts": {
            "total": "6.48",
            "publicUse": "6.48"
          }
        },
        {
          "role": "item",
          "name": "其他商品和服务支出",
          "govName": "其他商品和服务支出",
          "amounts": {
            "total": "0.80",
            "publicUse": "0.80"
          }
        },
        {
          "role": "group",
          "name": "对个人和家庭的补助",
          "amounts": {
            "total": "0.48",
            "personnel": "0.48"
          }
        },
        {
          "role": "item",
          "name": "奖励金",
          "govName": "社会福利和救助",
          "amounts": {
            "total": "0.48",
            "personnel": "0.48"
          }
        },
        {
          "role": "group",
          "name": "资本性支出",
          "amounts": {
            "total": "15.00",
            "publicUse": "15.00"
          }
        },
        {
          "role": "item",
          "name": "办公设备购置",
          "govName": "设备购置",
          "amounts": {
            "total": "15.00",
            "publicUse": "15.00"
          }
        }
      ]
    },
    "budget.fundIncome": {
      "title": "2024年政府性基金预算收入表（不含上年结转）",
      "note": "注：本表无数据",
      "shape": "coded",
      "total": {},
      "rows": []
    },
    "budget.fundExpenditure": {
      "title": "2024年政府性基金预算支出表（不含上年结转）",
      "note": "注：本表无数据",
      "shape": "coded",
      "total": {},
      "rows": []
    },
    "budget.stateCapital": {
      "title": "2024年国有资本经营预算收支预算表（不含上年结转）",
      "note": "注：本表无数据",
      "shape": "pairedCoded",
      "income": {
        "total": {},
        "rows": []
      },
      "expenditure": {
        "total": {},
        "rows": []
      }
    },
    "budget.threePublic": {
      "title": "2024年财政拨款安排“三公”经费支出预算表",
      "note": "",
      "shape": "fixed",
      "rows": [
        {
          "label": "因公出国（境）费",
          "amounts": {}
        },
        {
          "label": "公务接待费",
          "amounts": {
            "total": "0.58",
            "generalPublic": "0.58"
          }
        },
        {
          "label": "公务用车购置及运行费",
          "amounts": {
            "total": "3.08",
            "generalPublic": "3.08"
          }
        },
        {
          "label": "①公务用车购置费",
          "amounts": {}
        },
        {
          "label": "②公务用车运行维护费",
          "amounts": {
            "total": "3.08",
            "generalPublic": "3.08"
          }
        },
        {
          "label": "合计",
          "amounts": {
            "total": "3.66",
            "generalPublic": "3.66"
          }
        }
      ]
    },
    "budget.operating": {
      "title": "2024年财政拨款安排机关运行经费预算表",
      "note": "",
      "shape": "units",
      "total": {
        "total": "119.52",
        "generalPublic": "119.52"
      },
      "units": [
        {
          "name": "阳城县应急管理局",
          "amounts": {
            "total": "119.52",
            "generalPublic": "119.52"
          }
        }
      ]
    },
    "budget.projects": {
      "title": "2024年项目支出预算表（本年预算）",
      "note": "",
      "shape": "projects",
      "total": {
        "total": "2545.13",
        "generalPublic": "2545.13"
      },
      "units": [
        {
          "name": "阳城县应急管理局",
          "amounts": {
            "total": "2545.13",
            "generalPublic": "2545.13"
          },
          "projects": [
            {
              "name": "乡镇应急装备物资轮换经费",
              "amounts": {
                "total": "77.43",
                "generalPublic": "77.43"
              }
            },
            {
              "name": "乡镇安监站经费",
              "amounts": {
                "total": "150.00",
                "generalPublic": "150.00"
              }
            },
            {
              "name": "应急管理及安全生产教育经费",
              "amounts": {
                "total": "9.00",
                "generalPublic": "9.00"
              }
            },
            {
              "name": "应急规划及预案管理经费",
              "amounts": {
                "total": "26.18",
                "generalPublic": "26.18"
              }
            },
            {
              "name": "地震检测预警防治经费",
              "amounts": {
                "total": "9.00",
                "generalPublic": "9.00"
              }
            },
            {
              "name": "应急救援专项资金",
              "amounts": {
                "total": "200.00",
                "generalPublic": "200.00"
              }
            },
            {
              "name": "安全生产月活动经费",
              "amounts": {
                "total": "5.00",
                "generalPublic": "5.00"
              }
            },
            {
              "name": "安全培训经费",
              "amounts": {
                "total": "40.00",
                "generalPublic": "40.00"
              }
            },
            {
              "name": "瓦斯基础参数抽检经费",
              "amounts": {
                "total": "5.00",
                "generalPublic": "5.00"
              }
            },
            {
              "name": "乡镇专职消防队经费",
              "amounts": {
                "total": "318.41",
                "generalPublic": "318.41"
              }
            },
            {
              "name": "应急管理及安全生产专家经费",
              "amounts": {
                "total": "9.00",
                "generalPublic": "9.00"
              }
            },
            {
              "name": "阳东一级消防站建设项目经费",
              "amounts": {
                "total": "150.00",
                "generalPublic": "150.00"
              }
            },
            {
              "name": "应急指挥中心系统集成项目建设资金",
              "amounts": {
                "total": "40.00",
                "generalPublic": "40.00"
              }
            },
            {
              "name": "煤矿安全监管五人小组经费",
              "amounts": {
                "total": "290.00",
                "generalPublic": "290.00"
              }
            },
            {
              "name": "自然灾害救助资金",
              "amounts": {
                "total": "100.00",
                "generalPublic": "100.00"
              }
            },
            {
              "name": "应急救援总指挥部办公室工作经费",
              "amounts": {
                "total": "45.00",
                "generalPublic": "45.00"
              }
            },
            {
              "name": "应急救援补贴及应急值班补助",
              "amounts": {
                "total": "9.90",
                "generalPublic": "9.90"
              }
            },
            {
              "name": "安监人员入井补助",
              "amounts": {
                "total": "30.00",
                "generalPublic": "30.00"
              }
            },
            {
              "name": "煤矿安全监管专员工作经费",
              "amounts": {
                "total": "18.00",
                "generalPublic": "18.00"
              }
            },
            {
              "name": "航空应急救援服务费",
              "amounts": {
                "total": "240.00",
                "generalPublic": "240.00"
              }
            },
            {
              "name": "2024年市级自然灾害救灾资金",
              "amounts": {
                "total": "10.00",
                "generalPublic": "10.00"
              }
            },
            {
              "name": "恢复水毁设施应急抢险资金",
              "amounts": {
                "total": "200.81",
                "generalPublic": "200.81"
              }
            },
            {
              "name": "行政执法制式服装经费",
              "amounts": {
                "total": "12.35",
                "generalPublic": "12.35"
              }
            },
            {
              "name": "煤炭及危化企业常态化安全体检工作经费",
              "amounts": {
                "total": "273.63",
                "generalPublic": "273.63"
              }
            },
            {
              "name": "应急管理及安全生产监管经费",
              "amounts": {
                "total": "45.00",
                "generalPublic": "45.00"
              }
            },
            {
              "name": "应急指挥中心运行经费",
              "amounts": {
                "total": "27.00",
                "generalPublic": "27.00"
              }
            },
            {
              "name": "煤矿整治重大隐患专项行动工作专项经费",
              "amounts": {
                "total": "202.79",
                "generalPublic": "202.79"
              }
            },
            {
              "name": "2023年医保未支付个人部分",
              "amounts": {
                "total": "1.63",
                "generalPublic": "1.63"
              }
            }
          ]
        }
      ]
    },
    "budget.projectsCarryover": {
      "title": "2024年项目支出预算表（上年结转）",
      "note": "",
      "shape": "projects",
      "total": {
        "total": "458.40",
        "generalPublic": "458.40"
      },
      "units": [
        {
          "name": "阳城县应急管理局",
          "amounts": {
            "total": "458.40",
            "generalPublic": "458.40"
          },
          "projects": [
            {
              "name": "2023年中央自然灾害救灾资金（冬春临时生活困难救助资金）",
              "amounts": {
                "total": "32.00",
                "generalPublic": "32.00"
              }
            },
            {
              "name": "2023年安全生产预防和应急救援能力建设补助资金（煤矿及重点非煤矿山重大灾害风险防控支出）",
              "amounts": {
                "total": "426.40",
                "generalPublic": "426.40"
              }
            }
          ]
        }
      ]
    }
  },
  "performance": {
    "department": {
      "title": "县(区)级预算部门(单位)整体支出绩效目标申报表",
      "department": "217-阳城县应急管理局",
      "facts": [
        {
          "label": "内设职能部数",
          "text": "7个"
        },
        {
          "label": "所属预算单位数",
          "text": "1个"
        },
        {
          "label": "核定的人员编制数",
          "text": "123人"
        },
        {
          "label": "实际在职人员总数",
          "text": "118人"
        },
        {
          "label": "其中:在编人员数",
          "text": "118人"
        },
        {
          "label": "其他人员数",
          "text": "0人"
        }
      ],
      "duties": "(1)负责应急管理工作,指导各乡镇、各部门应对安全生产类、自然灾害类等突发事件和综合防灾减灾救灾工作。负责安全生产综合监督管理和工矿商贸行业安全生产监督管理工作。(2)贯彻执行应急管理、安全生产等方针政策、法律法规、规章和地方法规,组织编制应急体系建设、安全生产和综合防灾减灾规划并组织实施。(3)指导应急预案体系建设,建立完善事故灾难和自然灾害分级应对制度,组织编制县总体应急预案和安全生产类、自然灾害类专项预案,综合协调应急预案和安全生产类、自然灾害类专项预案,综合协调应急预案衔接工作,组织开展预案演练,推动应急避难设施建设。(4)牵头建立统一的应急管理信息系统,负责信息传输渠道的规划和布局,建立监测预警和灾情报告制度,健全自然灾害信息资源获取和共享机制,依法统一发布灾情。(5)组织指导协调安全生产类、自然灾害类等突发事件应急救援,承担阳城县应对重大灾害、防汛抗旱、减灾、抗震救灾、森林防火等指挥部(委员会)职责,综合研判突发事件发展态势并提出应对建议,协助县委、县政府指定的负责同志组织重大灾害应急处置工作。(6)统一协调指挥各类应急救援专业队伍,建立应急协调联动机制,推进指挥平台对接,衔接消防救援大队参与应急救援工作。(7)统筹消防、森林和草原火灾扑救、抗洪抢险、地震和地质灾害救援、生产安全事故救援等专业应急救援力量建设,管理县应急救援队伍,指导各乡镇(镇)及社会应急救援力量建设。(8)组织指导消防监督、火灾预防、火灾扑救等工作。(9)指导协调森林和草原火灾、水旱灾害、地震和地质灾害等防治工作,指导协调自然灾害综合监测预警工作,指导开展自然灾害综合风险评估工作。(10)组织指导灾害救助工作,组织指导灾情核查、损失评估、救灾捐赠工作,管理、分配上级拨发和县级救灾款物并监督使用。(11)依法行使安全生产综合监督管理职权,指导、协调、监督检查县有关部门、单位和各乡镇(镇)人民政府安全生产工作,组织开展安全生产巡查、考核工作。(12)按照分级、属地原则,负责监督检查工矿商贸行业企业安全生产工作,依法监督检查工矿商贸生产经营单位贯彻执行安全生产法律法规情况及其安全生产条件和有关设备(特种设备除外)、材料、劳动防护用品的安全生产管理工作,负责煤矿安全监管工作,承担全县(选)煤、配煤、型煤加工企业的安全监督管理工作,牵头拟定有关监督管理标准并组织实施。负责危险化学品安全监督管理综合工作,承担烟花爆竹安全生产监督管理工作,负责煤质所抽查企业安全生产监督管理工作。依法组织并指导实施安全生产准入制度。(13)依法组织指导生产安全事故调查处理,监督事故查处和责任追究落实情况,组织开展自然灾害类突发事件的调查评估工作。(14)开展应急管理方面的对外交流合作,组织参与安全生产、自然灾害等突发事件的对内对外救援工作。(15)制定应急物资储备和应急救援装备规划并组织实施,会同县发展和改革局等部门建立健全县应急物资信息平台 and 调拨制度,有救灾时统一调度。(16)负责应急管理、安全生产宣传教育和培训工作,组织指导应急管理、安全生产的科学技术研究、推广应用和信息化建设工作。(17)承担县委、县政府交办的其他事项。",
      "strategy": "负责全县应急管理工作,指导各乡镇、各部门应对安全生产类、自然灾害类等突发事件和综合防灾减灾救灾工作。负责安全生产综合监督管理和工矿商贸行业安全生产监督管理工作,保障全县安全生产企业安全平稳运转。",
      "sources": [
        {
          "label": "其中:一般公共预算资金",
          "amount": "4915.89"
        },
        {
          "label": "政府性基金预算资金",
          "amount": "0"
        },
        {
          "label": "国有资本经营预算资金",
          "amount": "0"
        },
        {
          "label": "社会保险基金预算资金",
          "amount": "0"
        },
        {
          "label": "专户管理资金",
          "amount": "0"
        },
        {
          "label": "单位资金",
          "amount": "0"
        }
      ],
      "basic": "1507",
      "project": "3408.89",
      "tasks": [
        {
          "duty": "应急救援体系建设",
          "task": "组织指导协调安全生产类、自然灾害类等突发事件应急救援,承担阳城县应对重大灾害、防汛抗旱、减灾、抗震救灾、森林防火等指挥部(委员会)职责,综合研判突发事件发展态势并提出应对建议,协助县委、县政府指定的负责同志组织重大灾害应急处置工作。"
        },
        {
          "duty": "安全生产巡查、考核",
          "task": "依法行使安全生产综合监督管理职权,指导、协调、监督检查县有关部门、单位和各乡镇(镇)人民政府安全生产工作,组织开展安全生产巡查、考核工作。"
        },
        {
          "duty": "应急管理防灾减灾救灾",
          "task": "依法行使安全生产综合监督管理职权,指导、协调、监督检查县有关部门、单位和各乡镇(镇)人民政府安全生产工作,组织开展安全生产巡查、考核工作。"
        }
      ],
      "goal": "负责全县应急管理工作,指导各乡镇、各部门应对安全生产类、自然灾害类等突发事件和综合防灾减灾救灾工作。负责安全生产综合监督管理和工矿商贸行业安全生产监督管理工作,保障全县安全生产企业安全平稳运转。负责维护保障应急指挥中心的各大监控监测系统稳定运行,负责煤矿安全监管小组人员经费保障,加大奖惩激励机制,确保煤矿安全监管小组监管工作的高质量开展,有效提高地方煤矿安全监管水平,保障全县煤矿安全管理。负责应急管理安全监管及特种作业人员培训计划,提升应急管理安全监管业务能力和特种作业人员安全作业能力。",
      "indicators": [
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急指挥运行网络维护次数",
          "value": "12次"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "办公电脑采购",
          "value": "20台"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "办公空调采购",
          "value": "10台"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "乡镇应急装备物资轮换覆盖乡镇数",
          "value": "15个"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "煤矿及危化企业安全体检次数",
          "value": "≥60次"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "预计年度用电量",
          "value": "210000度"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急管理救援救灾覆盖乡镇数",
          "value": "15个"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "煤矿安全监管企业数",
          "value": "29个"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急管理安全监管和特种作业人员培训班次",
          "value": "50次"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "机关职工人数",
          "value": "118人"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "办公取暖面积",
          "value": "3158平方米"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急管理安全监管和特种作业人员培训人数",
          "value": "3500人"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "预计年度用水量",
          "value": "2500立方米"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急管理和特种作业培训合格率",
          "value": "90%"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急指挥运行网络维护合格率",
          "value": "100%"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "乡镇应急装备物资轮换完成率",
          "value": "100%"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急管理救援救灾完成率",
          "value": "100%"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "办公设备采购达标率",
          "value": "100%"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "煤矿安全监管完成率",
          "value": "100%"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "机关水、暖、电费支付完成率",
          "value": "100%"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急管理和特种作业培训覆盖率",
          "value": "95%"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "企业安全体检工作完成率",
          "value": "100%"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急管理救援救灾开展时间",
          "value": "应急响应第一时间"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "煤矿安全监管工作开展时间",
          "value": "每月定期开展"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "机关水、电费缴纳时间",
          "value": "每月定期缴纳"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急指挥运行网络维护时间",
          "value": "每月定期开展"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "办公设备采购时间",
          "value": "12月之前"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "机关取暖费缴纳时间",
          "value": "每年11月缴纳"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "安全体检活动开展时间",
          "value": "每年12月之前"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急管理和特种作业人员培训完成时间",
          "value": "每年12月之前"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "乡镇应急装备物资轮换经费拨付开展时间",
          "value": "每年12月之前"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "办公供暖单价",
          "value": "35元/平方米"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "办公用电单价",
          "value": "0.72元/度"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "乡镇应急装备物资轮换经费补助标准",
          "value": "50000元/个"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "煤矿安全监管人员月奖励考核",
          "value": "1500元"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "煤炭企业安全体检项目预算",
          "value": "2439700元/年"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "应急指挥中心网络维护费",
          "value": "2000元/月"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "危险企业安全体检项目预算",
          "value": "296600元/年"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "办公电脑采购预估单价",
          "value": "6000元/台"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "煤矿安全监管人员入井补助标准",
          "value": "25元/次"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "办公空调采购预估单价",
          "value": "3000元/台"
        },
        {
          "level1": "产出指标",
          "level2": "",
          "level3": "办公用水单价",
          "value": "5.7元/立方米"
        },
        {
          "level1": "效益指标",
          "level2": "社会效益指标",
          "level3": "乡镇应急救援能力",
          "value": "提高"
        },
        {
          "level1": "效益指标",
          "level2": "社会效益指标",
          "level3": "应急管理安全监管及特种作业操作能力",
          "value": "提高"
        },
        {
          "level1": "效益指标",
          "level2": "社会效益指标",
          "level3": "满足机关办公需求",
          "value": "满足需要"
        },
        {
          "level1": "效益指标",
          "level2": "社会效益指标",
          "level3": "保障机关正常运行",
          "value": "保障"
        },
        {
          "level1": "效益指标",
          "level2": "社会效益指标",
          "level3": "煤矿安全监管人员权益",
          "value": "保障"
        },
        {
          "level1": "效益指标",
          "level2": "社会效益指标",
          "level3": "全县地方煤矿安全形势",
          "value": "好转"
        },
        {
          "level1": "效益指标",
          "level2": "社会效益指标",
          "level3": "安全生产能力",
          "value": "提高"
        },
        {
          "level1": "满意度指标",
          "level2": "服务对象满意度指标",
          "level3": "煤矿及危化企业满意度",
          "value": "≥90%"
        },
        {
          "level1": "满意度指标",
          "level2": "服务对象满意度指标",
          "level3": "乡镇应急和安全管理人员满意度",
          "value": "≥90%"
        },
        {
          "level1": "满意度指标",
          "level2": "服务对象满意度指标",
          "level3": "服务企业满意度",
          "value": "≥90%"
        },
        {
          "level1": "满意度指标",
          "level2": "服务对象满意度指标",
          "level3": "机关人员满意度",
          "value": "≥90%"
        },
        {
          "level1": "满意度指标",
          "level2": "服务对象满意度指标",
          "level3": "人民群众满意度",
          "value": "≥90%"
        }
      ]
    },
    "projects": [
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "乡镇专职消防队经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "3184056",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "3184056",
          "selfRaised": "0"
        },
        "overview": "为统筹全县应急资源,加强乡镇消防应急力量建设,构建统一领导、权责一致、权威高效的乡镇消防应急救援能力体系,推动形成统一指挥、专常兼备、快速响应、机动高效、平战结合的应急管理体制,增强全县防灾减灾救灾能力,确保人民群众生命财产安全和社会稳定,进一步加强全县应急救援力量建设",
        "basis": "根据晋市政办【2019】24号《晋城市人民政府办公室关于印发晋城市乡镇消防队建设方案的通知》和晋政办发【2019】67号《阳城县人民政府办公室关于加强应急救援力量建设的通知》",
        "necessity": "为认真贯彻落实中共中央关于国务院《关于实施乡村振兴战略的意见》和山西省人民政府令《山西省专职消防队建设管理办法》,大力推进我县乡镇消防队建设,建成覆盖城乡的灭火救援体系,为全县经济社会健康发展和人民群众安居乐业创造良好的消防安全环境。",
        "measures": "严格按照《山西省专职消防队建设管理办法》、《晋城市乡镇消防队建设方案》要求,完成县级乡镇专职消防队建设。",
        "plan": "2024年,按照年初项目计划预算批复情况,各乡镇消防队进行申请拨付,于年终完成各项支付工作。",
        "goals": {
          "period": "增强乡镇消防建设能力,完善城乡灭火救援体系,确保人民群众生命财产安全和社会稳定,进一步加强全县应急救援力量建设",
          "annual": "2024年1-12月,按标准完成5个乡镇专职消防队250万元经费的拨付工作,以增强乡镇消防建设能力,完善城乡灭火救援体系,进一步加强全县应急救援力量建设,确保人民群众生命财产安全和社会稳定。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "乡镇专职消防队经费拨付乡镇数",
            "value": "5个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "乡镇专职消防应急救援活动完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "乡镇专职消防应急救援活动开展时",
            "value": "2023年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "乡镇专职消防队经费补助标准",
            "value": "500000元/个"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "消防应急救援技能",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "群众满意度",
            "value": "90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "乡镇专职消防队数量",
            "value": "5个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "乡镇专职消防应急救援活动完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "乡镇专职消防应急救援活动开展时",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "乡镇专职消防队经费补助标准",
            "value": "500000元/个"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "消防应急救援技能",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "群众满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "煤矿安全监管五人小组经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2950000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2900000",
          "selfRaised": "0"
        },
        "overview": "根据晋市政办【2004】115号《晋城市人民政府办公厅关于印发《全市乡镇煤矿驻矿安全监管员管理细则》的通知》和阳应急字【2019】168号《关于贯彻张志川书记批示精神加强煤矿包保小组奖惩激励的请示》批示精神,加强煤矿包保小组管理,进一步加强地方煤矿安全管理,规范煤矿包保小组驻矿安全监管员管理工作,根据市委张志川书记在武中调研时,对煤矿安全包保责任小组管理作出了“提高待遇、奖惩分明”的重要指示,针对我县煤矿包保小组人员经费较低,人员流失较严重的实际情况,加强煤矿包保小组经费保障,加强奖惩激励机制,确保包保工作的高质量开展,保障煤矿安全管理。",
        "basis": "根据晋市政办【2004】115号《晋城市人民政府办公厅关于印发全市乡镇煤矿驻矿安全监管员管理细则的通知》和阳应急字【2019】168号《关于贯彻张志川书记批示精神加强煤矿包保小组奖惩激励的请示》批示精神,加强煤矿包保小组管理。",
        "necessity": "为了进一步加强地方煤矿安全管理,规范煤矿包保小组驻矿安全监管员管理工作。",
        "measures": "晋市政办【2004】115号《晋城市人民政府办公厅关于印发全市乡镇煤矿驻矿安全监管员管理细则的通知》,严格按照煤矿包保小组管理办法和奖惩考核管理办法,进行煤矿包保工作开支审批。",
        "plan": "2024年,严格按照煤矿包保小组管理办法对包保人员进行考核,按月考核汇总编制,并根据考核结果进行支付。",
        "goals": {
          "period": "加强煤矿包保小组经费保障,加大奖惩激励机制,确保煤矿包保工作的高质量开展,有效提高地方煤矿安全监管水平,保障全县煤矿安全管理。2024年严格按照煤矿包保小组管理办法对包保人员进行考核,按月考核汇总编制,并根据考核结果进行支付。",
          "annual": "加强煤矿包保小组经费保障,加大奖惩激励机制,确保煤矿包保工作的高质量开展,有效提高地方煤矿安全监管水平,保障全县煤矿安全管理。2024年严格按照煤矿包保小组管理办法对包保人员进行考核,按月考核汇总编制,并根据考核结果进行支付。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "地方煤矿包保企业数",
            "value": "29个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "地方煤矿包保完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "煤矿包保工作开展时间",
            "value": "2024年1月至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "月奖励考核标准",
            "value": "1500元/人"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "全县地方煤矿安全形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "煤矿企业满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "地方煤矿包保企业数",
            "value": "29个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "地方煤矿包保完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "煤矿包保工作开展时间",
            "value": "2024年1月至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "月奖励考核标准",
            "value": "1500元/人"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "全县地方煤矿安全形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "煤矿企业满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "煤矿整治重大隐患特别行动工作专项经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "一次性项目(1年结束)",
        "period": "1年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2027880",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2027880",
          "selfRaised": "0"
        },
        "overview": "根据县政府办《关于印发全县地方监管煤矿整治重大事故隐患特别行动方案的通知》(阳政办发【2023】6号)要求,阳城县应急管理局聘请第三方安全生产技术服务机构对全县地方监管煤矿进行整治重大事故隐患特别行动工作,确保全县煤矿安全生产工作持续健康平稳运行。",
        "basis": "阳政办发【2023】6号《关于印发全县地方监管煤矿整治重大事故隐患特别行动方案的通知》",
        "necessity": "通过第三方安全生产技术服务机构对全县地方监管煤矿进行整治重大事故隐患特别行动工作,提高全煤矿企业安全生产能力,保障全县地方煤矿和危化企业持续健康安全运行。",
        "measures": "煤矿整治重大隐患特别行动工作专项经费资金管理办法,严格煤矿整治重大隐患特别行动工作专项经费资金管理办法,对全面完成重大事故隐患特别行动整治工作验收标准后进行拨付;按照财务开支审批程序进行开支。",
        "plan": "2024年完成全县地方煤矿安全体检项目经费的支付工作。",
        "goals": {
          "period": "2023年已完成煤炭企业安全体检工作任务,未完成资金支付工作,2024年完成全县地方煤矿安全体检项目经费的支付工作。",
          "annual": "2024年完成全县地方煤矿52次安全体检工作,并根据体检完成情况进行专项经费的支付工作。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "煤矿安全体检次数",
            "value": "52次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "煤矿安全体检工作完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "煤矿安全体检活动开展时间",
            "value": "2023年1月到12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "煤矿企业安全体检单价",
            "value": "46917.48元/次"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "煤矿安全生产能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "煤矿企业满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "煤矿安全体检次数",
            "value": "52次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "煤矿安全体检工作完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "煤矿安全体检活动开展时间",
            "value": "2024年1月至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "煤矿企业安全体检单价",
            "value": "46917.48元/次"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "煤矿安全生产能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "煤矿企业满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "恢复水毁设施应急抢险资金",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "一次性项目(1年结束)",
        "period": "1年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2008147.72",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2008147.72",
          "selfRaised": "0"
        },
        "overview": "为应对2022年我县横河镇连续遭遇“7.16”“8.4”两次严重山洪灾害,造成全镇河道淤积,道路、桥梁、房屋等严重损坏,各类经济损失约2.3亿元。根据2022年阳城县人民政府第58次专题会议精神,为尽快恢复正常生产生活秩序,有序开展灾后重建,我局在县委政府的统一指挥下组织协调力量对镇区水毁道路、桥梁进行了恢复,达到了基本的行政要求。特申请拨付恢复水毁设施应急抢险资金,专项用于洪涝灾害灾后重建。",
        "basis": "阳应急字【2022】287号 《阳城县应急管理局关于拨付恢复水毁设施应急抢险资金的请示》 横政函字【2022】28号 《横河镇人民政府关于请求拨付恢复水毁设施应急抢险资金的函》",
        "necessity": "有效解决了横河镇受灾群众恢复正常生产生活秩序及有序开展灾后重建工作。",
        "measures": "阳应急字【2022】287号 横政函字【2022】28号",
        "plan": "2024年,完成横河镇因山洪灾害造成严重损坏,恢复水毁设施应急抢险资金的下达。",
        "goals": {
          "period": "2024年,完成横河镇因山洪灾害造成严重损坏,恢复水毁设施应急抢险资金的下达。",
          "annual": "2024年,完成横河镇因山洪灾害造成严重损坏,恢复水毁设施应急抢险资金的下达。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急抢险资金受惠乡镇数",
            "value": "1个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "受灾乡镇水毁道路、桥梁恢复工程完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "受灾乡镇应急抢险灾后重建时间",
            "value": "2024年"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "2024年抢险救灾资金预算",
            "value": "2008147.72元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "解决受灾乡镇临时困难",
            "value": "解决"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "受灾乡镇群众满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急抢险资金受惠乡镇数",
            "value": "1个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "受灾乡镇水毁道路、桥梁恢复工程完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "受灾乡镇应急抢险灾后重建时间",
            "value": "2024年"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "2024年抢险救灾资金预算",
            "value": "2008147.72元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "解决受灾乡镇临时困难",
            "value": "解决"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "受灾乡镇群众满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "应急指挥中心系统集成项目建设资金",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "400000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "400000",
          "selfRaised": "0"
        },
        "overview": "根据县政府部署,配合大数据中心共同承担应急指挥中心系统集成项目建设工作。大数据中心负责设备及系统集成项目,我局负责其余部分集成建设资金,建立健全功能完备、反应灵敏、运转高效的统一应急指挥机制,预防和应对自然灾害、事故灾难、公共卫生事件和社会安全事件,减少突发事件造成的生命安全和财产损失,保障全县人民群众生命及财产安全。",
        "basis": "阳应急字【2022】240号《阳城县应急管理局关于拨付应急指挥中心系统集成项目建设资金的请示》",
        "necessity": "应急指挥中心具有保障公共安全和处置突发公共事件的能力,建立健全功能完备、反应灵敏、运转高效的统一应急指挥机制,预防和应对自然灾害、事故灾难、公共卫生事件和社会安全事件,减少突发事件造成的生命安全和财产损失,保障全县人民群众生命及财产安全。",
        "measures": "《阳城县应急管理局应急指挥中心系统集成项目资金管理办法》",
        "plan": "2024年1至12月完成应急指挥中心系统集成项目办公家具款的支付,空调电器款的支付,应急指挥中心装修款的支付以及专线线路费的支付工作。",
        "goals": {
          "period": "2024年1至12月完成应急指挥中心系统集成项目办公家具款的支付,空调电器款的支付,应急指挥中心装修款的支付以及专线线路费的支付工作。",
          "annual": "完成阳城县应急指挥中心系统集成项目的建设"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目安装空调",
            "value": "8台"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目购置办公沙",
            "value": "21个"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目购置会议桌",
            "value": "16张"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目购置会议椅",
            "value": "39把"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目装修工程",
            "value": "1家"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目专线线路公",
            "value": "2家"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急指挥中心系统集成项目完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急指挥中心系统集成项目验收合格率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急指挥系统集成项目建设时间",
            "value": "2024年"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急指挥中心系统集成项目空调款",
            "value": "53060元"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急指挥中心系统集成项目家具款",
            "value": "81390元"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急指挥中心系统集成项目专线线路费",
            "value": "84000元"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急指挥中心系统集成项目装修工程款",
            "value": "181550元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "应急救灾指挥保障能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "人民群众满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目安装空调",
            "value": "8台"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目购置办公沙",
            "value": "21个"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目购置会议桌",
            "value": "16张"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目购置会议椅",
            "value": "39把"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目装修工程",
            "value": "1家"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心系统集成项目专线线路公",
            "value": "2家"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急指挥中心系统集成项目完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急指挥中心系统集成项目验收合格率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "应急指挥系统集成项目建设时间",
            "value": "2024年"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "应急指挥中心系统集成项目空调款",
            "value": "53060元"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急指挥中心系统集成项目家具款",
            "value": "81390元"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急指挥中心系统集成项目专线线路费",
            "value": "84000元"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急指挥中心系统集成项目装修工程款",
            "value": "181550元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "应急救灾指挥保障能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "人民群众满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "应急规划及预案管理经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "411840",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "261840",
          "selfRaised": "0"
        },
        "overview": "为构建应急预案体系,提升应急管理能力,保障人民群众生命财产安全,根据《中华人民共和国突发事件应对法》、《突发事件应急预案管理办法》等法律法规要求,编制、修订《阳城县突发事件总体预案》。",
        "basis": "根据《中华人民共和国突发事件应对法》和《突发事件应急预案管理办法》等法律法规要求。",
        "necessity": "编制森林火灾、防汛、抗旱、突发地质灾害、地震、自然灾害救助、生产安全事故、煤矿事故、非煤矿山事故、危险化学品事故、石油天然气煤层气储存等专项预案,冶金等工贸行业事故、煤层气开采事故等部门预案,用于提升突发事件应急处置管理能力。",
        "measures": "严格按照突发事件应急预案管理办法等法律法规要求,进行科学高效有序地编制各行业各类突发事件应急预案,推动全县应急预案体系构建。",
        "plan": "于2024年1月至2024年12月底,分行业分类完成各项突发事件预案的编制工作。",
        "goals": {
          "period": "全面完成各类自然灾害及突发事件应急规划及预案编制工作,构建全县应急预案体系,提升突发事件应急处置管理能力。",
          "annual": "2024年1-12月,完成各类自然灾害及突发事件应急规划及预案编制(100份)工作,并根据编制情况进行审核支付。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "编制应急预案数量",
            "value": "100个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "编制应急预案完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "编制应急预案开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急预案编制费",
            "value": "49275元/项"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "处理突发事件能力",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "群众满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "编制应急预案数量",
            "value": "100个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "编制应急预案完成",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "编制应急预案开展",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急预案编制费",
            "value": "49275元/项"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "处理突发事件能力",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "群众满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "行政执法制服经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "一次性项目(1年结束)",
        "period": "1年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "123457.34",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "123457.34",
          "selfRaised": "0"
        },
        "overview": "根据《山西省综合行政执法制服和标志管理实施办法》和省司法厅《关于加快推进综合行政执法制服和标志配备工作的通知》,结合应急执法人员实际情况,配备在编在岗持有执法证的执法人员63人行政执法服装,保障执法队伍 的严肃性、规范性和整洁性。",
        "basis": "《山西省综合行政执法制服和标志管理实施办法》和省司法厅《关于加快推进综合行政执法制服和标志配备工作的通知》",
        "necessity": "配备在编在岗持有执法证的执法人员行政执法服装,保障执法队伍 的严肃性、规范性和整洁性。",
        "measures": "山西省综合行政执法制服和标志管理实施办法",
        "plan": "2024年1月至12月完成执法制服经费的支付",
        "goals": {
          "period": "配备在编在岗持有执法证的执法人员行政执法服装,保障执法队伍 的严肃性、规范性和整洁性",
          "annual": "配备在编在岗持有执法证的执法人员行政执法服装,保障执法队伍 的严肃性、规范性和整洁性。2024年完成执法服装经费的支付工作。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "配备执法服装数量",
            "value": "63套"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "配备执法服装完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "配备执法服装完成时间",
            "value": "2024年1月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "执法服装单价",
            "value": "1950元/套"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "行政执法公信力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度指标",
            "level3": "行政执法人员满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "配备执法服装数量",
            "value": "63套"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "配备执法服装完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "配备执法服装完成时间",
            "value": "2024年1月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "执法服装单价",
            "value": "1950元/套"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "行政执法公信力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度指标",
            "level3": "行政执法人员满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "煤炭及危化企业常态化安全体检工作经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2990000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2736300",
          "selfRaised": "0"
        },
        "overview": "根据县委办 政府办《关于印发〈阳城县安全生产“三大战役”工作方案〉的通知》(阳办发【2022】11号)要求,阳城县应急管理局聘请专家团队对全县地方监管煤炭危化企业进行安全“体检”,确保全县安全生产工作持续健康平稳运行。",
        "basis": "《关于印发〈阳城县安全生产“三大战役”工作方案〉的通知》(阳办发【2022】11号)",
        "necessity": "通过专家团队对全县地方监管煤炭及危化企业进行安全“体检”,提高安全生产能力,保障全县地方危化企业持续健康安全运行。",
        "measures": "专家安全“体检”专项经费资金管理办法 严格按专家安全“体检”专项经费资金管理办法,对全面完成体检工作验收标准后进行拨付;按照财务开支审批程序进行开支。",
        "plan": "2024年1月至12月完成全县地方监管煤炭与危化企业的安全体检工作。",
        "goals": {
          "period": "按照年初制定目标,完成全县2024年煤炭及危化企业安全体检工作,提高全县地方危化企业安全生产能力,保障全县安全生产工作持续健康平稳运行。",
          "annual": "按照年初制定目标,完成全县2024年煤炭及危化企业安全体检工作,提高全县地方危化企业安全生产能力,保障全县安全生产工作持续健康平稳运行。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "安全体检次数",
            "value": "≥60次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "安全体检工作完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "安全体检活动开展时间",
            "value": "2024年"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "危化企业安全体检项目预算",
            "value": "296600元/年"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "煤炭企业安全体检项目预算",
            "value": "2439700元/年"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "安全生产能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "危化企业满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "安全体检次数",
            "value": "≥60次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "安全体检工作完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "安全体检活动开展时间",
            "value": "2024年"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "危化企业安全体检项目预算",
            "value": "296600元/年"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "煤炭企业安全体检项目预算",
            "value": "2439700元/年"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "安全生产能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "危化企业满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "航空应急救援服务费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2400000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2400000",
          "selfRaised": "0"
        },
        "overview": "根据晋市政办【2021】12号《晋城市人民政府办公室关于印发晋城市航空应急救援服务实施方案的通知》,用于全县航空护林及发生森林草原火灾、汛旱灾害、道路交通事故、建筑施工事故、矿难、地震、地质灾害、消防灭火、公共卫生、社会安全等各类紧急救援服务及运输保险服务,有效提高防灾减灾救灾能力,减少人民生命财产损失,全面提升全县应急救援能力现代化水平。",
        "basis": "晋市政办【2021】12号《晋城市人民政府办公室关于印发晋城市航空应急救援服务实施方案的通知》、晋市应急救函【2021】44号《晋城市应急管理局关于要求各县(市、区)人民政府拨付2021年度航空应急救援服务费的通知》",
        "necessity": "提高防灾减灾救灾能力,减少人民生命财产损失,全面提升全县应急救援能力现代化水平。",
        "measures": "严格按照航空应急救援专项工作开工程序进行审核支付。",
        "plan": "2024年,按照年初项目计划,根据财政预算批复,及时按照航空应急救援服务要求完成支付。",
        "goals": {
          "period": "2024年,按照年初项目计划,根据财政预算批复,及时按照航空应急救援服务要求完成支付。",
          "annual": "2024年,按照年初项目计划,根据财政预算批复,及时按照航空应急救援服务要求完成支付。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "航空应急救援服务覆盖乡镇数",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "航空应急救援服务工作完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "航空应急救援服务开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "航空应急救援服务费年预算",
            "value": "2400000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "航空应急救援能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "群众满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "航空应急救援服务覆盖乡镇数",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "航空应急救援服务工作完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "航空应急救援服务开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "航空应急救援服务费年预算",
            "value": "2400000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "航空应急救援能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "群众满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "应急救援专项资金",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2000000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "2000000",
          "selfRaised": "0"
        },
        "overview": "为统筹全县应急资源,加强应急力量建设,构建统一领导、权责一致、权威高效的应急救援能力体系,推动形成统一指挥、专常兼备、快速响应、机动高效、平战结合的应急管理体制,增强全县防灾减灾救灾能力,确保人民群众生命财产安全和社会稳定,进一步加强全县应急救援力量建设。",
        "basis": "根据阳办发【2019】4号《中共阳城县委办公室 阳城县人民政府办公室关于印发〈阳城县机构改革方案〉的通知》和阳办发【2019】36号《中共阳城县委办公室 阳城县人民政府办公室关于印发〈阳城县应急管理局职能配置、内设机构和人员编制规定〉的通知》。",
        "necessity": "统筹全县应急资源,建设全县应急力量,构建统一领导、权责一致、权威高效的应急救援能力体系,形成统一指挥、专常兼备、快速响应、机动高效、平战结合的应急管理体制,应急自然灾害突发事件处置。",
        "measures": "严格按照自然灾害突发事件应急响应机制,财务收支审批制度保证项目顺利推进。",
        "plan": "2024年,按照自然灾害突发事件应急响应机制,对全县各类自然灾害事故发生情况,及时高效开展应急救援专项救助工作。",
        "goals": {
          "period": "增强全县防灾减灾救灾能力,确保人民群众生命财产安全和社会稳定,进一步加强全县应急救援力量建设",
          "annual": "增强全县防灾减灾救灾能力,确保人民群众生命财产安全和社会稳定,进一步加强全县应急救援力量建设。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急救援响应次数",
            "value": "24次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急救援工作完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "应急救援活动开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急救援年度预算",
            "value": "2000000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "应急救援处置能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "受救助民众满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急救援响应次数",
            "value": "24次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急救援工作完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "应急救援活动开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急救援年度预算",
            "value": "2000000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "应急救援处置能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "受救助民众满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "乡镇安监站经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "1500000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "1500000",
          "selfRaised": "0"
        },
        "overview": "根据阳政发[2013]2号文《阳城县人民政府关于进一步加强安全生产基层基础工作的实施意见》要求,全县上下认真贯彻落实安全生产工作方针,严格落实责任制,持续开展安全专项整治,切实强化安全监管,全年完成对全县15个乡镇(镇)安监站经费的拨付,进一步加强安全生产监管系统基层基础建设,加强安全监管措施,改善安全基础条件,夯实安全生产基层基础工作,健全安全生产长效机制,保障全县安全生产保持平稳运行态势。",
        "basis": "根据阳政发[2013]2号文《阳城县人民政府关于进一步加强安全生产基层基础工作的实施意见》要求",
        "necessity": "加大乡镇安全监管队伍建设,分级监督管理,明确乡镇安监人员的属地范围内的企业日常安全监管职责,承担起基层政府的安全监管职责,并对全县15个乡镇安监队伍进行工作经费拨付。",
        "measures": "严格按照加强安全生产基层基础工作实施意见要求,对全县15个乡镇(镇)安监站拨付补充基层安全监管工作经费。",
        "plan": "2024年根据年初项目预算计划批复,于12月前完成对全县15个乡镇(镇)安监站安全监管工作经费的拨付工作。",
        "goals": {
          "period": "改善安全基础条件,夯实安全生产基层基础工作,健全安全生产长效机制,保障全县安全生产保持平稳运行态势",
          "annual": "改善安全基础条件,夯实安全生产基层基础工作,健全安全生产长效机制,保障全县安全生产保持平稳运行态势"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "乡镇安监站经费拨付数量",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "乡镇安监站经费拨付完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "乡镇安监站经费拨付时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "乡镇安监站经费标准",
            "value": "10万元/个"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "乡镇安全监管形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度指标",
            "level3": "乡镇安监人员满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "乡镇安监站数量",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "乡镇安监站工作完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "乡镇安监站经费分配时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "乡镇安监站经费标准",
            "value": "10万元/个"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "乡镇安全监管形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度指标",
            "level3": "乡镇安监人员满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "自然灾害救助资金",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "1000000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "1000000",
          "selfRaised": "0"
        },
        "overview": "根据晋应急函【2022】234号《山西省应急管理厅山西省财政厅关于组织开展2022-2023年度全省受灾群众冬春救助工作的通知》精神,有序做好受灾群众冬春救助工作,妥善安排好受灾群众基本生活。",
        "basis": "晋应急函【2022】234号《山西省应急管理厅山西省财政厅关于组织开展2022-2023年度全省受灾群众冬春救助工作的通知》",
        "necessity": "有序做好2023-2024年度受灾群众冬春救助工作,妥善安排好受灾群众基本生活。",
        "measures": "2023-2024年度全省受灾群众冬春救助工作管理办法",
        "plan": "2024年1-12月完成受灾群众救助工作。",
        "goals": {
          "period": "根据文件精神,有序做好2023-2024年度受灾群众冬春救助工作,妥善安排好受灾群众基本生活",
          "annual": "根据文件精神,有序做好2023-2024年度受灾群众冬春救助工作,妥善安排好受灾群众基本生活。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "冬春救助资金覆盖乡镇数",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "冬春救助资金补助完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "冬春救助工作开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "冬春救助年度预算",
            "value": "1000000元/年"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "维护社会稳定",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "受灾群众满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "冬春救助资金覆盖乡镇数",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "冬春救助资金补助完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "冬春救助工作开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "冬春救助年度预算",
            "value": "1000000元/年"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "维护社会稳定",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "受灾群众满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "乡镇应急装备物资轮换经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "774295",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "774295",
          "selfRaised": "0"
        },
        "overview": "为确保我县森林防火工作顺利开展,根据县政府办《关于加强应急救援力量建设的通知》(阳政办发【2019】67号)精神,向全县15个乡镇每乡(镇)拨付乡镇应急装备物资轮换经费5万元,用于应急救援装备、物资的储备和更新轮换,建好应急救援装备物资储备库,加强管理维护,确保性能完好,增强全县各乡镇防灾减灾救灾能力,确保人民群众生命财产和社会稳定。",
        "basis": "县政府办《关于加强应急救援力量建设的通知》(阳政办发【2019】67号)",
        "necessity": "为统筹全县应急资源,加强应急力量建设,构建统一领导、权责一致、权威高效的应急救援能力体系,推动形成统一指挥、专常兼备、快速响应、机动高效、平战结合的应急管理体制。",
        "measures": "严格按照乡镇应急救援装备、物资的储备和更新轮换管理办法,及时对各乡镇拨付应急装备物资轮换经费。",
        "plan": "2024年1月至12月,完成对全县15个乡镇的应急救援装备物资的储备轮换工作。",
        "goals": {
          "period": "增强全县防灾减灾救灾能力,确保人民群众生命财产安全和社会稳定,进一步加强应急救援力量建设",
          "annual": "增强全县防灾减灾救灾能力,确保人民群众生命财产安全和社会稳定,进一步加强应急救援力量建设"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "乡镇应急装备物资轮换覆盖乡镇数",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "乡镇应急装备物资轮换完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "乡镇应急装备物资轮换经费拨付开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "乡镇应急装备物资轮换经费补助标准",
            "value": "50000元/个"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "乡镇应急救援能力",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "群众满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "乡镇应急装备物资轮换覆盖乡镇数",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "乡镇应急装备物资轮换完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "乡镇应急装备物资轮换经费分配时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "乡镇应急装备物资轮换经费补助标准",
            "value": "50000元/个"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "乡镇应急救援能力",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "群众满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "应急管理及安全生产监管经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "500000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "450000",
          "selfRaised": "0"
        },
        "overview": "为了进一步加强全县安全生产和应急管理工作,加强应急管理体系建设,加强防灾减灾救灾工作,加强应急管理和安全生产“三基”建设,以贯彻落实《地方党政领导干部安全生产责任制规定》为主线,以查大风险、除大隐患、防大事故和建立灾害事故防范救援快速反应工作机制为目标,按照“四铁”工作要求,坚决打好防范化解重大风险攻坚战,确保全县安全生产形势平稳向好。",
        "basis": "贯彻落实《地方党政领导干部安全生产责任制规定》,坚持党政同责、一岗双责、齐抓共管,压紧压实安全生产责任,坚决防范和遏制重大特大事故。",
        "necessity": "加强全县安全生产和应急管理工作,加强应急管理体系建设,加强防灾减灾救灾工作,加强应急管理和安全生产“三基”建设。",
        "measures": "应急管理及安全生产监管经费项目资金管理办法",
        "plan": "2024年,严格按照年初项目计划和预算批复,于年底全面完成应急管理及安全生产监管经费的支付工作。",
        "goals": {
          "period": "推动全县应急管理和安全生产基层建设,强化基础工作,提高基本技能,建立灾害事故防范救援快速反应工作机制为目标,坚决打好防范化解重大风险攻坚战,确保全县安全生产形势平稳向好",
          "annual": "推动全县应急管理和安全生产基层建设,强化基础工作,提高基本技能,建立灾害事故防范救援快速反应工作机制为目标,坚决打好防范化解重大风险攻坚战,确保全县安全生产形势平稳向好"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急安全监管煤炭企业数",
            "value": "26座"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急安全监管工作覆盖率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "应急安全监管开展时间",
            "value": "2024年"
          },
          {
            "level1": "效益指标",
            "level2": "成本指标",
            "level3": "应急安全监管差旅费标准",
            "value": "30元/天"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "应急安全监管形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "应急安全监管企业满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急安全监管煤炭企业数",
            "value": "26座"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急安全监管工作覆盖率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "应急安全监管开展时间",
            "value": "2024年"
          },
          {
            "level1": "效益指标",
            "level2": "成本指标",
            "level3": "应急安全监管差旅费标准",
            "value": "30元/天"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "应急安全监管形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "应急安全监管企业满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "应急救援总指挥部办公室工作经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "500000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "450000",
          "selfRaised": "0"
        },
        "overview": "根据阳办发【2019】4号《中共阳城县委办公室 阳城县人民政府办公室关于印发阳城县机构改革方案的通知》和阳办发【2019】36号《中共阳城县委办公室 阳城县人民政府办公室关于印发阳城县应急管理局职能配置、内设机构和人员编制规定的通知》,我科承担全县森林防火、防灭火应急救援指挥部的职责,综合研判森林防火等突发事件发展态势并提出应对建议,协助县委、县政府指定负责同志组织重大灾害应急处置工作,指导协调森林和草原火灾等各类灾害防治工作,指导协调自然灾害综合监测预警工作,指导开展自然灾害综合风险评估工作。",
        "basis": "根据阳办发【2019】4号《中共阳城县委办公室 阳城县人民政府办公室关于印发阳城县应急管理局职能配置、内设机构和人员编制规定的通知》和阳办发【2019】36号《中共阳城县委办公室 阳城县人民政府办公室关于印发阳城县应急管理局职能配置、内设机构和人员编制规定的通知》",
        "necessity": "研判森林火灾等突发事件发展态势并提出应对建议,协助县委、县政府指定负责同志组织重大灾害应急处置工作,指导协调森林和草原火灾防治等灾害工作,指导协调自然灾害综合监测预警工作,指导开展自然灾害综合风险评估工作",
        "measures": "阳城县应急救援总指挥部办公室工作经费管理办法",
        "plan": "2024年,按照年初应急救援总指挥部工作开展进度,稳步推进,并根据进度,于年底全面完成应急救援总指挥部办公室工作经费的支付工作",
        "goals": {
          "period": "2024年,按照年初应急救援总指挥部工作开展进度,稳步推进,并根据进度,于年底全面完成应急救援总指挥部办公室工作经费的支付工作,切实提高森林草原防灭火防灾减灾救灾能力,确保人民群众生命财产安全和社会稳定。",
          "annual": "2024年,按照年初应急救援总指挥部工作开展进度,稳步推进,并根据进度,于年底全面完成应急救援总指挥部办公室工作经费的支付工作,切实提高森林草原防灭火防灾减灾救灾能力,确保人民群众生命财产安全和社会稳定。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "森林防火应急救援覆盖乡镇数",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "森林防火应急救援完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "森林防火应急救援开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急救援办公经费年度预算",
            "value": "500000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "森林防火应急救援能力",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "群众满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "森林防火应急救援覆盖乡镇数",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "森林防火应急救援完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "森林防火应急救援开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急救援办公经费年度预算",
            "value": "500000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "森林防火应急救援能力",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "群众满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "安全培训经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "400000",
          "selfRaised": "0"
        },
        "annualFunds": {},
        "overview": "根据《中华人民共和国安全生产法》精神要求,晋市收费发【2015】365号文件《关于全市安全生产培训机构强制性培训收费标准的通知》国家法律法规和省规定开展的强制性培训要求,2023年度完成全县各安全生产经营单位的强制培训工作。",
        "basis": "晋市收费发【2015】365号文件《关于全市安全生产培训机构强制性培训收费标准的通知》国家法律法规和省规定开展的强制性培训,培训费实行收支两条线管理。",
        "necessity": "坚持对特种作业人员进行安全教育培训并做到持证上岗是提高操作者的安全技能和安全意识,避免和减少伤亡事故的前提和基础,同时也是保证企业安全生产降低事故频率,实现安全生产目标的重要措施。",
        "measures": "根据《中华人民共和国安全生产法》精神要求,各安全生产经营单位必须参加国家要求的强制培训。",
        "plan": "2024年1月至12月,根据年度特种作业人员培训计划,每月开展4期,于12月完成44期特种作业人员培训工作。",
        "goals": {
          "period": "完成特种作业人员培训计划,提升特种作业人员安全作业能力。",
          "annual": "完成特种作业人员培训计划,提升特种作业人员安全作业能力。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "特种作业人员培训班次",
            "value": "44次"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "特种作业人员培训人数",
            "value": "3100人"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "特种作业人员培训合格率",
            "value": "90%"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "特种作业人员培训覆盖率",
            "value": "90%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "特种作业人员培训按期完成率",
            "value": "90%"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "安全培训年度预算",
            "value": "400000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "全县安全生产形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "特种作业人员满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "特种作业人员培训人数",
            "value": "3100人"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "特种作业人员培训班次",
            "value": "44次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "特种作业人员培训合格率",
            "value": "90%"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "特种作业人员培训覆盖率",
            "value": "90%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "特种作业人员培训按期完成率",
            "value": "90%"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "安全培训年度预算",
            "value": "400000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "全县安全生产形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "特种作业人员满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "安监人员入井补助",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "300000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "300000",
          "selfRaised": "0"
        },
        "overview": "根据《煤矿安全监察员管理办法》和安监总财字【2005】74号《国家安全生产监督管理总局文件 关于调整煤矿安全监察人员下井执法经费标准的通知》精神,“煤矿安全监察下井工作,享受井下工作津贴”,保障煤矿安全监察执法工作,加强煤矿安全监察人员入井工作津贴发放,保障安监人员享有艰苦岗位工作津贴权益,稳定煤矿安全监察队伍,促进煤炭行业持续稳定健康发展。",
        "basis": "根据《煤矿安全监察员管理办法》和安监总财字【2005】74号《国家安全生产监督管理总局文件 关于调整煤矿安全监察人员下井执法经费标准的通知》精神。",
        "necessity": "保障煤矿安全监察执法工作,加强煤矿安全监察人员入井工作津贴发放,保障安监人员享有艰苦岗位工作津贴权益。",
        "measures": "《煤矿安全监察员管理办法》和安监总财字【2005】74号《国家安全生产监督管理总局文件 关于调整煤矿安全监察人员下井执法经费标准的通知》",
        "plan": "2024年,每月按照安监人员入井考核制度考核汇总后,逐月编报支付,于12月底全部完成拨付。",
        "goals": {
          "period": "2024年,每月按照安监人员入井考核制度考核汇总后,逐月编报支付,于12月底全部完成拨付。",
          "annual": "2024年,每月按照安监人员入井考核制度考核汇总后,逐月编报支付,于12月底全部完成拨付。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "入井执法补助人数",
            "value": "60人"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "入井执法完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "入井执法时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "入井补助标准",
            "value": "25元/人"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "煤矿安全监管人员权益",
            "value": "保障"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "煤矿安全监管人员满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "入井执法补助人数",
            "value": "60人"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "入井执法完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "入井执法时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "入井补助标准",
            "value": "25元/人"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "煤矿安全监管人员权益",
            "value": "保障"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "煤矿安全监管人员满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "应急指挥中心运行经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "450000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "270000",
          "selfRaised": "0"
        },
        "overview": "根据市委编办《关于阳城县副科级以上事业单位审核确认的函》(晋市编办函字【2021】14号)和县委编委《关于印发《阳城县深化事业单位改革实施方案》的通知》,阳编字【2021】54号《中共阳城县委机构编制委员会文件 关于阳城县应急管理局所属事业单位编制事项的通知》,成立阳城县应急指挥中心(阳城县防震减灾中心),负责全县应急指挥、煤炭安全监控调度和防震减灾工作,保证全县应急指挥调度各大监控系统的稳定运行,为全县应急指挥调度的网络安全监管提供保障,保障应急指挥中心各项工作有序进行。",
        "basis": "阳编字【2021】54号《中共阳城县委机构编制委员会文件 关于阳城县应急管理局所属事业单位编制事项的通知》",
        "necessity": "负责全县应急指挥、煤炭安全监控调度和防震减灾工作,保证全县应急指挥调度各大监控系统的稳定运行,为全县应急指挥调度的网络安全监管提供保障。",
        "measures": "严格按照阳城县应急指挥中心运行经费资金管理办法规定进行各项经费的开支,严格执行厉行节约反对浪费各项制度规定,严格控制机关运行经费开支,做到严格管理、规范使用,确保机关运行经费管理工作取得实效,以廉洁的作风推进各项工作扎实开展。",
        "plan": "2024年1-12月完成应急指挥中心水、电、暖、网络维护等各项运转经费的支付,保障各项工作正常开展。",
        "goals": {
          "period": "根据市委编办《关于阳城县副科级以上事业单位审核确认的函》(晋市编办函字【2021】14号)和县委编委《关于印发《阳城县深化事业单位改革实施方案》的通知》,阳编字【2021】54号《中共阳城县委机构编制委员会文件 关于阳城县应急管理局所属事业单位编制事项的通知》,成立阳城县应急指挥中心(阳城县防震减灾中心),负责全县应急指挥、煤炭安全监控调度和防震减灾工作,保证全县应急指挥调度各大监控系统的稳定运行,为全县应急指挥调度的网络安全监管提供保障。2024年完成应急指挥中心水、电、暖、网络维护等各项运转经费的支付,保障各项工作正常开展。",
          "annual": "根据市委编办《关于阳城县副科级以上事业单位审核确认的函》(晋市编办函字【2021】14号)和县委编委《关于印发《阳城县深化事业单位改革实施方案》的通知》,阳编字【2021】54号《中共阳城县委机构编制委员会文件 关于阳城县应急管理局所属事业单位编制事项的通知》,成立阳城县应急指挥中心(阳城县防震减灾中心),负责全县应急指挥、煤炭安全监控调度和防震减灾工作,保证全县应急指挥调度各大监控系统的稳定运行,为全县应急指挥调度的网络安全监管提供保障。2024年完成应急指挥中心水、电、暖、网络维护等各项运转经费的支付,保障各项工作正常开展。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心网络维护次数",
            "value": "12次"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心用水量",
            "value": "250吨"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "应急指挥中心月用电量",
            "value": "20000度"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急指挥中心网络维护合格",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "按时完成任务",
            "value": "2024年"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "按期完成水电暖等各项费用",
            "value": "2024年年"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "电费",
            "value": "13000元/月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "网络维护费",
            "value": "2000元/月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "水费",
            "value": "1500元/月"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "满足机关办公需求",
            "value": "满足需要"
          },
          {
            "level1": "效益指标",
            "level2": "可持续影响指标",
            "level3": "保障机关工作正常开展",
            "value": "正常运行"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "机关职工满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "",
            "level3": "应急指挥中心网络维护次数",
            "value": "12次"
          },
          {
            "level1": "产出指标",
            "level2": "",
            "level3": "应急指挥中心用水量",
            "value": "250吨"
          },
          {
            "level1": "产出指标",
            "level2": "",
            "level3": "应急指挥中心月用电量",
            "value": "20000度"
          },
          {
            "level1": "产出指标",
            "level2": "",
            "level3": "应急指挥中心网络维护合格",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "",
            "level3": "按时完成任务",
            "value": "2024年"
          },
          {
            "level1": "产出指标",
            "level2": "",
            "level3": "按期完成水电暖等各项费用",
            "value": "2024年年"
          },
          {
            "level1": "产出指标",
            "level2": "",
            "level3": "电费",
            "value": "13000元/月"
          },
          {
            "level1": "产出指标",
            "level2": "",
            "level3": "网络维护费",
            "value": "2000元/月"
          },
          {
            "level1": "产出指标",
            "level2": "",
            "level3": "水费",
            "value": "1500元/月"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "满足机关办公需求",
            "value": "满足需要"
          },
          {
            "level1": "效益指标",
            "level2": "可持续影响指标",
            "level3": "保障机关工作正常",
            "value": "正常运行"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "机关职工满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "煤矿安全监管专员工作经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "98年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "180000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "180000",
          "selfRaised": "0"
        },
        "overview": "为认真贯彻落实习近平总书记关于安全生产重要指示精神,推动省委、省政府重大决策部署落地落实,切实解决安全监管有效性不够、监管责任落实不够等问题,有效遏制煤矿安全生产事故。煤矿安全监管专员由省、市、县人民政府依据《山西省煤矿分级分类监管监察办法》,从应急管理和能源部门的公务员和参公人员中统筹选派,实行“两人一矿”常态化监管,每月深入煤矿不少于两次。",
        "basis": "晋政办发【2020】109号《山西省人民政府办公厅关于印发山西省煤矿安全监管专员制度通知》",
        "necessity": "切实解决安全监管有效性不够、监管责任落实不够等问题,有效遏制煤矿安全生产事故",
        "measures": "《山西省煤矿分级分类监管监察办法》,晋政办发【2020】109号《山西省人民政府办公厅关于印发山西省煤矿安全监管专员制度的通知》,加强对煤矿安全监管专员的监管检查考核,建立健全考核制度。",
        "plan": "2024年,对煤矿安全监管专员每月入矿深入检查情况工作进行整理汇编,并按项目推进,进行安全监管专员经费支付,于年底全面完成支付工作。",
        "goals": {
          "period": "2024年,对煤矿安全监管专员每月入矿深入检查情况工作进行整理汇编,并按项目推进,进行安全监管专员经费支付,于年底全面完成支付工作。",
          "annual": "2024年,对煤矿安全监管专员每月入矿深入检查情况工作进行整理汇编,并按项目推进,进行安全监管专员经费支付,于年底全面完成支付工作。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "煤矿每月安全监管次数(次)",
            "value": "2次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "安全监管工作覆盖率(%)",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "安全监管开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "安全监管年度预算",
            "value": "180000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "安全生产监管形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "企业满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "煤矿每月安全监管次数(次)",
            "value": "2次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "安全监管工作覆盖率(%)",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "安全监管开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "安全监管年度预算",
            "value": "180000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "安全生产监管形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "企业满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "2024年市级自然灾害救灾资金",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "100000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "100000"
        },
        "overview": "根据市应急管理局《关于2024年市级预拨救灾资金的分配意见》(晋市应急救灾函【2024】2号),下达阳城县2024年市级自然灾害救助资金10万元,用于自然灾害生活救助工作。",
        "basis": "晋城市应急管理局《关于2024年市级预拨救灾资金的分配意见》(晋市应急救灾函【2024】2号)",
        "necessity": "帮助自然灾害受灾群众解决生活基本困难,保障人民群众生命财产安全。",
        "measures": "救灾救援股根据中央、省、市、县自然灾害生活救助资金使用管理暂行办法,对全县2024年遭受灾害的群众进行统计、上报、公示、补贴。",
        "plan": "2024年1-12月完成受灾群众救灾金下达工作。",
        "goals": {
          "period": "阳城县应急管理救灾救援股根据中央、省、市、县自然灾害生活救助资金使用管理暂行办法,对全县2024年遭受灾害的群众进行统计、上报、公示、补贴。2024年12月之前完成受灾群众救灾资金下达工作。",
          "annual": "阳城县应急管理救灾救援股根据中央、省、市、县自然灾害生活救助资金使用管理暂行办法,对全县2024年遭受灾害的群众进行统计、上报、公示、补贴。2024年12月之前完成受灾群众救灾资金下达工作。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "市级自然灾害救灾资金覆盖乡镇",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "受灾群众补助发放率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "自然灾害救助时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "效益指标",
            "level2": "成本指标",
            "level3": "市级自然灾害救灾资金总额",
            "value": "10万元"
          },
          {
            "level1": "效益指标",
            "level2": "经济效益指标",
            "level3": "缓解受灾群众经济压力",
            "value": "缓解"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "维护社会稳定",
            "value": "维护"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "受灾群众满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "市级自然灾害救灾资金覆盖乡镇",
            "value": "15个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "受灾群众补助发放率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "自然灾害救助时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "效益指标",
            "level2": "成本指标",
            "level3": "市级自然灾害救灾资金总额",
            "value": "10万元"
          },
          {
            "level1": "效益指标",
            "level2": "经济效益指标",
            "level3": "缓解受灾群众经济压力",
            "value": "缓解"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "维护社会稳定",
            "value": "维护"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "受灾群众满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "应急救援补贴及应急值班补助",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "99000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "99000",
          "selfRaised": "0"
        },
        "overview": "据人社部发【2012】55号文《人力资源社会保障部 财政部关于实行安全生产监管监察岗位津贴的通知》精神,对安全生产监管监察机关赴生产一线进行安全生产监管监察的在岗正式工作人员,制定安全生产监管监察岗位津贴,鼓励支持实施范围内工作人员深入生产一线进行安全生产监管监察,加强安全生产监管工作。",
        "basis": "人社部发【2012】55号文《人力资源社会保障部 财政部关于实行安全生产监管监察岗位津贴的通知》精神",
        "necessity": "鼓励支持实施范围内工作人员深入生产一线进行安全生产监管监察,加强安全生产监管工作",
        "measures": "加强对工作人员的出勤考核,建立健全考核制度,严格执行安全生产监管监察岗位津贴规定,严格实施范围,严格要求发放标准。",
        "plan": "2024年,每月根据监管人员监管情况进行统计汇编,每半年进行考核上报,并于年底全面完成安全生产监管监察岗位津贴的发放支付工作",
        "goals": {
          "period": "2024年,每月根据监管人员监管情况进行统计汇编,每半年进行考核上报,并于年底全面完成安全生产监管监察岗位津贴的发放支付工作",
          "annual": "2024年,每月根据监管人员监管情况进行统计汇编,每半年进行考核上报,并于年底全面完成安全生产监管监察岗位津贴的发放支付工作"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "享受岗位补贴人数",
            "value": "9人"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "安全生产监管监察出勤率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "安全生产监管时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "人均年补贴标准",
            "value": "11000元/人"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "安全生产监管形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "享受岗位补贴人员满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "享受岗位补贴人数",
            "value": "9人"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "安全生产监管监察出勤率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "安全生产监管时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "人均年补贴标准",
            "value": "11000元/人"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "安全生产监管形势",
            "value": "好转"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "享受岗位补贴人员满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "应急管理及安全生产教育经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "129248",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "90000",
          "selfRaised": "0"
        },
        "overview": "为了加强对县乡各级安全生产监管和应急管理执法人员业务培训,以及企业关键岗位人员安全生产监督管理进行培训,提高安全监管和应急管理能力和业务水平,增强全县行业部门管安全生产和应急管理的履职能力。",
        "basis": "阳政发(2017)23号文《阳城县人民政府关于进一步明确县直有关部门单位安全生产监管职责的通知》及《晋城市安全生产工作考核细则》",
        "necessity": "针对安全从业人员安全意识不强,业务水平参差不齐,安全监管和应急管理队伍人员综合素质薄弱的问题,对县乡安全监管和应急管理人员进行业务知识更新培训,素质提升,以及企业关键岗位人员的安全生产监督和应急管理进行强制培训。",
        "measures": "严格按照安全生产和应急管理教育培训计划进行培训,培训完成后按照程序支付程序审核支付。",
        "plan": "2024年,根据年初培训计划展开对全县县乡各级安全生产和应急管理监管人员、企业关键岗位人员进行安全管理、应急管理强制培训,于年底全面完成培训并根据培训进度完成经费支付。",
        "goals": {
          "period": "通过实施年度培训计划,切实提高安全监管和应急管理能力和业务水平,增强全县行业部门管安全生产和应急管理的履职能力",
          "annual": "2024年1-12月,根据年初制定培训计划,完成年度培训工作,切实提高安全监管和应急管理能力和业务水平,增强全县行业部门管安全生产和应急管理的履职能力。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "培训人数",
            "value": "500人"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急安全监管培训人员合格",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "应急安全监管培训开展时间",
            "value": "2024年1月12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急安全监管培训总预算",
            "value": "129248元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "应急安全监管能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "应急安全监管培训人员满意",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "培训人数",
            "value": "500人"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "应急安全监管培训人员合格",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "应急安全监管培训开展时间",
            "value": "2024年1月至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "应急安全监管培训总预算",
            "value": "129248元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "应急安全监管能力",
            "value": "提高"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "应急安全监管培训人员满意",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "地震检测预警防治经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "90000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "90000",
          "selfRaised": "0"
        },
        "overview": "根据阳办发【2019】4号《中共阳城县委办公室 阳城县人民政府办公室关于印发《阳城县机构改革方案》的通知》和阳办发【2019】36号《中共阳城县委办公室 阳城县人民政府办公室关于印发《阳城县应急管理局职能配置、内设机构和人员编制规定》的通知》，机构改革职能职责划分，我局承担地震抗震救灾及震灾应急救援、监测预警职责。为了更高效地做好地震抗震救灾工作，做到事前预防，建立监测预警和灾情报告制度，负责信息传输规划布局，健全自然灾害信息资源获取和共享，依法发布，提升抗震救灾能力。",
        "basis": "根据阳办发【2019】4号《中共阳城县委办公室 阳城县人民政府办公室关于印发《阳城县机构改革方案》的通知》和阳办发【2019】36号《中共阳城县委办公室 阳城县人民政府办公室关于印发《阳城县应急管理局职能配置、内设机构和人员编制规定》的通知》",
        "necessity": "通过开展自然灾害风险检测预警评估，提升防灾减灾救灾能力，消除自然灾害事故隐患，筑牢安全防线。",
        "measures": "严格按照地震检测预警各项规定要求，专项审批程序进行有序推进。",
        "plan": "2024年按照年初项目推进计划，并根据实施情况，于年底全面完成地震检测预警防治工作经费的拨付工作。",
        "goals": {
          "period": "加强地震检测预警防治，增强防灾减灾救灾能力，确保人民群众生命财产安全和社会稳定。",
          "annual": "加强地震检测预警防治，增强防灾减灾救灾能力，确保人民群众生命财产安全和社会稳定。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "地震检测预警次数",
            "value": "12次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "地震检测预警完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "地震检测预警活动开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "地震检测预警经费预算",
            "value": "90000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "抗震救灾能力",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "受灾群众满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "地震检测预警次数",
            "value": "12次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "地震检测预警完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "地震检测预警活动开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "地震检测预警经费预算",
            "value": "90000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "抗震救灾能力",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "受灾群众满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "瓦斯基础参数抽检经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "50000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "50000",
          "selfRaised": "0"
        },
        "overview": "根据《煤矿安全规程》对煤炭企业瓦斯监管的相关要求,为进一步加强煤矿瓦斯抽采达标监管,打击瓦斯参数造假行为,确保瓦斯抽采达标参数真实可靠,杜绝煤矿瓦斯事故发生。对我县高瓦斯煤矿的煤矿瓦斯含量直接测定基本参数、煤层瓦斯含量检测项目进行现场采样,井下自然解吸检测,对全县煤矿瓦斯含量检测做出技术分析测评。",
        "basis": "《煤层瓦斯含量井下直接测定方法》、《煤的甲烷吸附量测定方法》煤矿瓦斯参数检测相关标准要求,对全县煤矿企业开展抽样检测。",
        "necessity": "提高煤矿瓦斯监管力度,打击瓦斯参数造假行业,确保瓦斯抽采达标参数真实可靠,杜绝瓦斯事故发生。",
        "measures": "严格按照国家标准《煤层瓦斯含量井下直接测定方法》(GB/T23250-2009)的要求进行煤层瓦斯含量测定;按《煤的甲烷吸附量测定方法》(MT/1752-1997)进行煤的甲烷吸附量测定。",
        "plan": "2024年,对我县煤矿的煤矿瓦斯含量直接测定基本参数、煤层瓦斯含量检测项目进行现场采样,井下自然解吸检测,做出技术分析测评。",
        "goals": {
          "period": "加强煤矿瓦斯抽采达标监管,打击瓦斯参数造假行为,确保瓦斯抽采达标参数真实可靠,杜绝煤矿瓦斯事故发生。",
          "annual": "加强煤矿瓦斯抽采达标监管,打击瓦斯参数造假行为,确保瓦斯抽采达标参数真实可靠,杜绝煤矿瓦斯事故发生。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "抽检煤矿企业数",
            "value": "13个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "抽检工作完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "抽检活动开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "瓦斯抽检年度总预算",
            "value": "50000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "煤矿安全监管能力",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度指标",
            "level3": "受抽检企业满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "抽检煤矿企业数",
            "value": "13个"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "抽检工作完成率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "抽检活动开展时间",
            "value": "2024年1至12月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "瓦斯抽检年度总预算",
            "value": "50000元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "煤矿安全监管能力",
            "value": "提升"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度指标",
            "level3": "受抽检企业满意度",
            "value": "≥90%"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "安全生产月经费",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "经常性项目(长期开展)",
        "period": "99年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "200000",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "50000",
          "selfRaised": "0"
        },
        "overview": "根据国务院安委会办公室、应急管理部《关于开展2021年全国“安全生产月”活动的通知》(安委办【2021】18号)、省政府安委会办公室《关于开展2021年全省“安全生产月”活动的通知》(晋安办发【2021】18号)和市委安委会办公室《关于开展2021年全市“安全生产月”活动的通知》(晋市安委办【2021】25号)要求,县委办将以“消除事故隐患,筑牢安全防线”为主题,开展全县“安全生产月”活动。",
        "basis": "阳安办发【2021】22号《阳城县安全生产委员会办公室 关于开展2021年全县“安全生产月”活动的通知》",
        "necessity": "全面贯彻落实党中央国务院以及省委省政府、市委市政府、县委县政府关于安全生产的决策部署,加强疫情防控常态化条件下安全生产和专项整治三年行动排查整治工作,推动各级树牢安全发展理念,压紧压实安全生产责任,按照“四铁”要求和创建“零事故”单位总体要求,深入排查安全风险隐患,扎实推进问题整改,坚决遏制各类事故发生,切实维护人民群众生命财产安全。",
        "measures": "根据“安全生产月”活动安排部署,逐项推进完成后,严格按照专项经费开支审批制度审核后及时支付",
        "plan": "2024年6月在全县开展安全生产月宣传活动。",
        "goals": {
          "period": "加强安全生产宣传,深入排查安全风险隐患,扎实推进问题整改,坚决遏制各类事故发生,切实维护人民群众生命财产安全。",
          "annual": "加强安全生产宣传,深入排查安全风险隐患,扎实推进问题整改,坚决遏制各类事故发生,切实维护人民群众生命财产安全。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "安全月科普宣传活动次数",
            "value": "10次"
          },
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "安全月活动参与率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "安全月活动开展时间",
            "value": "2024年6月"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "安全月活动经费总预算",
            "value": "200000元"
          },
          {
            "level1": "效益指标",
            "level2": "经济效益指标",
            "level3": "全县安全监管能力",
            "value": "提升"
          },
          {
            "level1": "效益指标",
            "level2": "服务对象满意度",
            "level3": "参会人员满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "安全月科普宣传活动次数",
            "value": "10次"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "安全月活动参与率",
            "value": ""
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "安全月活动开展时间",
            "value": ""
          },
          {
            "level1": "效益指标",
            "level2": "经济效益指标",
            "level3": "全县安全监管能力",
            "value": "提升"
          }
        ]
      },
      {
        "title": "阳城县县(区)级预算部门(单位)项目支出绩效目标表",
        "name": "2023年医保未支付个人部分",
        "department": "217-阳城县应急管理局",
        "implementingUnit": "阳城县应急管理局",
        "attribute": "一次性项目(1年结束)",
        "period": "1年",
        "periodFunds": {
          "central": "0",
          "provincial": "0",
          "local": "16276.15",
          "selfRaised": "0"
        },
        "annualFunds": {
          "central": "0",
          "provincial": "0",
          "local": "16276.15",
          "selfRaised": "0"
        },
        "overview": "2023年因医保税务系统合并,12月机关干部职工的医疗保险未能及时完成核定和支付工作,于2024年初进行调入核定支付,保障机关干部职工医疗保险及时缴纳,保障职工享受医疗保险。",
        "basis": "医保税务系统合并原因,2023年医保个人部分未支付的资金列入2024年预算“2240102一般行政管理事务”。",
        "necessity": "为确保职工医保足额缴纳,足额到账,保障职工医疗保险权益。",
        "measures": "专款专用,专人负责。",
        "plan": "2024年1月至12月 医保局核定缴费金额,财政支付资金,足额补缴。",
        "goals": {
          "period": "2024年4月之前,根据医保局核定缴费金额,完成2023年12月医保的足额补缴。",
          "annual": "2024年4月之前,根据医保局核定缴费金额,完成2023年12月医保的足额补缴。"
        },
        "periodIndicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "未缴纳医保职工人数",
            "value": "119人"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "医保审核正确率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "医保缴纳时间",
            "value": "2024年"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "2023年未缴纳医保个人部分总额",
            "value": "16276.15元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "职工享受医保待遇权益",
            "value": "保障"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "享受医保职工满意度",
            "value": "≥90%"
          }
        ],
        "indicators": [
          {
            "level1": "产出指标",
            "level2": "数量指标",
            "level3": "未缴纳医保职工人数",
            "value": "119人"
          },
          {
            "level1": "产出指标",
            "level2": "质量指标",
            "level3": "医保审核正确率",
            "value": "100%"
          },
          {
            "level1": "产出指标",
            "level2": "时效指标",
            "level3": "医保缴纳时间",
            "value": "2024年"
          },
          {
            "level1": "产出指标",
            "level2": "成本指标",
            "level3": "2023年未缴纳医保个人部分总额",
            "value": "16276.15元"
          },
          {
            "level1": "效益指标",
            "level2": "社会效益指标",
            "level3": "职工享受医保待遇权益",
            "value": "保障"
          },
          {
            "level1": "满意度指标",
            "level2": "服务对象满意度",
            "level3": "享受医保职工满意度",
            "value": "≥90%"
          }
        ]
      }
    ]
  }
};
