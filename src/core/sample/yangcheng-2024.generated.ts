/**
 * GENERATED FILE — do not edit. Regenerate with `npm run sample:regenerate`
 * (scripts/generate-sample.js) from data/seed/yangcheng-emergency-2024-tables.json
 * (sha256 784fa9c029f2f044396f852fc78e39bc9b4fba8bb474edd4332b1bb55630a949)
 * and data/seed/yangcheng-emergency-2024-budget-disclosure.txt (sha256 04c2bcaf7b45deac710b1144e0f0252fcd95bde3a51adafa86967988db4551d5).
 * The seed's 13 tables as structured rows; amounts are the printed strings in 万元;
 * profile: 第一部分 概况 of the published text, one paragraph a line.
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
  }
};
