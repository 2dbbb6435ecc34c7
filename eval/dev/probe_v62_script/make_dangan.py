"""Write eval/dev/docs/dangan-2025.txt: 邯郸市复兴区档案馆 2025年度部门预算项目绩效目标 (invented content),
as the plain-text export of a budget system's print view: 字段：值 header lines, a tab-separated spending plan,
box-drawing indicator tables (merged cells blank, long cells wrapped onto extra lines), an ASCII-grid summary
table, and running page headers / footers («第 n 页 共 N 页») that can fall inside a table (the table then goes on
under «（续表）» with its header row repeated).  Deterministic: same bytes on every run."""
import os, unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'docs', 'dangan-2025.txt')
DEPT = '邯郸市复兴区档案馆'
BEN = '邯郸市复兴区档案馆（本级）'
SZ = '邯郸市复兴区档案数字化服务中心'
FZ = '邯郸市复兴区地方志编纂中心'
JD = '冀档〔2024〕15号'
HD25 = '邯档【2025】2号'
HD24 = '邯档[2024]11号'
FB = '复办字（2025）6号'
JDB = '冀档办〔2024〕9号'
JZ = '冀地志〔2024〕4号'
LAW = '《中华人民共和国档案法》'
QS = ('一季度末', '二季度末', '三季度末', '四季度末')
HDR = ('一级指标', '二级指标', '三级指标', '指标值', '计量单位', '指标值设定依据')
RUN_HEAD = DEPT + '2025年度部门预算项目绩效目标'
BODY = 44          # body lines per page before a break is sought

def I(a, b, c, v, u, basis):
    return dict(zip(HDR, (a, b, c, v, u, basis)))

# plan: cumulative % at the four quarter ends, None = cell left blank; plan None = no spending plan printed
P = [
 dict(name='馆藏档案数字化加工经费', code='13040425P00DASZ10001K', attr='延续项目', unit=SZ, mu='万元',
      total='186.00', fin='186.00', other='0.00', plan=(20, 45, 75, 100),
      use='用于馆藏文书档案、婚姻登记档案、土地档案等纸质档案的扫描、图像处理、目录著录及数据挂接，委托具备涉密资质的第三方专业公司驻馆加工。',
      goal='完成馆藏纸质档案数字化加工120万页，著录目录数据18万条，图像质量合格率不低于99%，馆藏档案数字化率提高到82%。',
      ind=[I('产出指标', '数量指标', '数字化加工页数', '≥120', '万页', JD),
           I('产出指标', '数量指标', '档案目录数据著录条数', '≥18', '万条', '《纸质档案数字化规范》（DA/T 31-2017）'),
           I('产出指标', '质量指标', '图像质量合格率', '≥99', '%', '《纸质档案数字化规范》（DA/T 31-2017）'),
           I('产出指标', '时效指标', '加工任务完成时间', '2025年11月底前', '', '2025年度工作计划'),
           I('成本指标', '经济成本指标', '单页加工成本', '≤1.55', '元/页', '2024年政府采购中标价格'),
           I('成本指标', '经济成本指标', '项目总成本', '≤186', '万元', '年度预算批复'),
           I('效益指标', '社会效益指标', '馆藏档案数字化率', '≥82', '%', JD),
           I('效益指标', '可持续影响指标', '档案原件保护水平', '有效提升', '', LAW),
           I('满意度指标', '服务对象满意度指标', '查档利用者满意度', '≥90', '%', '问卷调查')]),
 dict(name='档案库房安全运行维护经费', code='13040425P00KFAQ10002D', attr='延续项目', unit=BEN, mu='万元',
      total='78.50', fin='70.00', other='8.50', plan=(25, 50, 75, 100),
      use='用于档案库房恒温恒湿设备、气体灭火系统、安防监控及门禁系统的维护保养和库房电费支出；其他资金为单位事业收入。',
      goal='保障7个档案库房全年安全运行，库房温湿度达标率不低于95%，全年不发生档案安全事故。',
      ind=[I('产出指标', '数量指标', '维护档案库房数量', '=7', '个', '《档案馆建筑设计规范》（JGJ 25-2010）'),
           I('产出指标', '数量指标', '消防设施检测次数', '≥4', '次', '《中华人民共和国消防法》'),
           I('产出指标', '质量指标', '库房温湿度达标率', '≥95', '%', JD),
           I('产出指标', '时效指标', '设备故障响应时间', '≤4', '小时', '运维服务合同'),
           I('成本指标', '经济成本指标', '项目总成本', '≤78.5', '万元', '年度预算批复'),
           I('效益指标', '社会效益指标', '档案安全事故发生数', '=0', '起', LAW),
           I('效益指标', '可持续影响指标', '馆藏档案安全保障能力', '持续提升', '', '2025年度工作计划'),
           I('满意度指标', '服务对象满意度指标', '馆内工作人员满意度', '≥85', '%', '问卷调查')]),
 dict(name='档案征集及抢救性修复经费', code='13040425P00ZJXF10003R', attr='延续项目', unit=BEN, mu='元',
      total='356000.00', fin='356000.00', other='0.00', plan=(10, 40, 70, 100),
      use='用于征集散存于社会的革命历史档案、名人档案、老照片和实物档案，对破损、霉变、字迹褪色的馆藏档案进行抢救性修裱和修复。',
      goal='全年征集各类档案资料不少于800件，完成破损档案修复3000页，修复合格率100%。',
      ind=[I('产出指标', '数量指标', '征集档案资料数量', '≥800', '件', HD25),
           I('产出指标', '数量指标', '破损档案修复页数', '≥3000', '页', '2024年馆藏档案破损情况普查'),
           I('产出指标', '质量指标', '修复合格率', '=100', '%', '《档案修裱技术规范》（DA/T 25-2022）'),
           I('产出指标', '时效指标', '征集工作完成时间', '2025年12月20日前', '', HD25),
           I('成本指标', '经济成本指标', '项目总成本', '≤356000', '元', '年度预算批复'),
           I('效益指标', '社会效益指标', '馆藏资源丰富程度', '明显丰富', '', '《档案法》'),
           I('满意度指标', '服务对象满意度指标', '档案捐赠者满意度', '≥90', '%', '问卷调查')]),
 dict(name='数字档案馆系统运维及等级保护测评经费', code='13040425P00SZYW10004M', attr='延续项目', unit=SZ, mu='万元',
      total='64.80', fin='64.80', other='0.00', plan=(30, 55, 80, 100),
      use='用于数字档案馆管理系统、电子档案长期保存系统及机房服务器、存储设备的运行维护，开展网络安全等级保护（三级）测评。',
      goal='数字档案馆系统全年正常运行率不低于99.5%，通过网络安全等级保护三级测评，电子档案在线利用率达到60%以上。',
      ind=[I('产出指标', '数量指标', '运维服务器及存储设备数量', '≥26', '台', '运维服务合同'),
           I('产出指标', '数量指标', '等级保护测评次数', '=1', '次', '《中华人民共和国网络安全法》'),
           I('产出指标', '质量指标', '系统正常运行率', '≥99.5', '%', '《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）'),
           I('产出指标', '质量指标', '等级保护测评结果', '达到三级', '', JD),
           I('产出指标', '时效指标', '系统故障修复时间', '≤8', '小时', '运维服务合同'),
           I('成本指标', '经济成本指标', '项目总成本', '≤64.8', '万元', '年度预算批复'),
           I('效益指标', '社会效益指标', '电子档案在线利用率', '≥60', '%', HD24),
           I('效益指标', '可持续影响指标', '电子档案长期安全保存能力', '持续增强', '', LAW),
           I('满意度指标', '服务对象满意度指标', '系统使用人员满意度', '≥88', '%', '问卷调查')]),
 dict(name='复兴区年鉴编纂出版经费', code='13040425P00NJBZ10005T', attr='延续项目', unit=FZ, mu='万元',
      total='46.00', fin='38.00', other='8.00', plan=(0, 30, 60, 100),
      use='用于《复兴区年鉴（2025）》资料征集、编辑审校、排版设计及出版印刷；其他资金为年鉴发行收入。',
      goal='编纂出版《复兴区年鉴（2025）》1部，印制不少于800册，编校差错率控制在万分之一以内，10月底前出版发行。',
      ind=[I('产出指标', '数量指标', '年鉴出版数量', '=1', '部', '《地方志工作条例》'),
           I('产出指标', '数量指标', '年鉴印制册数', '≥800', '册', '2025年度工作计划'),
           I('产出指标', '质量指标', '年鉴编校差错率', '≤0.01', '%', JZ),
           I('产出指标', '时效指标', '年鉴出版时间', '2025年10月底前', '', JZ),
           I('成本指标', '经济成本指标', '每册印制成本', '≤95', '元/册', '2024年印制合同价'),
           I('成本指标', '经济成本指标', '项目总成本', '≤46', '万元', '年度预算批复'),
           I('效益指标', '社会效益指标', '年鉴资政存史作用', '有效发挥', '', '《地方志工作条例》'),
           I('满意度指标', '服务对象满意度指标', '年鉴使用单位满意度', '≥90', '%', '问卷调查')]),
 dict(name='档案开放利用及查档服务经费', code='13040425P00CDFW10006W', attr='延续项目', unit=BEN, mu='万元',
      total='32.60', fin='32.60', other='0.00', plan=(25, 50, 75, 100),
      use='用于查档大厅运行、民生档案跨馆出具、到期档案开放审核及查档利用服务外包。',
      goal='全年接待查档利用不少于6500人次，完成1.2万卷到期档案开放审核，查档群众满意度不低于95%。',
      ind=[I('产出指标', '数量指标', '接待查档利用人次', '≥6500', '人次', '2024年实际接待量'),
           I('产出指标', '数量指标', '到期档案开放审核数量', '≥1.2', '万卷', '《档案开放办法》'),
           I('产出指标', '质量指标', '查档利用答复准确率', '≥98', '%', FB),
           I('产出指标', '时效指标', '现场查档办结时限', '≤30', '分钟', FB),
           I('成本指标', '经济成本指标', '项目总成本', '≤32.6', '万元', '年度预算批复'),
           I('效益指标', '社会效益指标', '档案服务群众办事作用', '明显增强', '', LAW),
           I('满意度指标', '服务对象满意度指标', '查档群众满意度', '≥95', '%', '问卷调查')]),
 dict(name='机关团体及企事业单位档案业务指导培训经费', code='13040425P00YWPX10007B', attr='延续项目', unit=BEN, mu='万元',
      total='18.00', fin='18.00', other='0.00', plan=None,
      use='用于举办全区档案员业务培训班、机关档案工作监督检查指导及档案工作规范化建设评估。',
      goal='全年培训各单位档案员不少于300人次，对85家以上单位开展档案工作监督指导，培训考核合格率不低于95%。',
      ind=[I('产出指标', '数量指标', '档案业务培训人次', '≥300', '人次', JD),
           I('产出指标', '数量指标', '档案工作监督指导单位数', '≥85', '家', '《机关档案管理规定》'),
           I('产出指标', '质量指标', '培训考核合格率', '≥95', '%', '2025年度工作计划'),
           I('产出指标', '时效指标', '培训完成时间', '2025年9月底前', '', '2025年度工作计划'),
           I('成本指标', '经济成本指标', '项目总成本', '≤18', '万元', '年度预算批复'),
           I('效益指标', '社会效益指标', '全区档案工作规范化水平', '明显提升', '', '《机关档案管理规定》'),
           I('满意度指标', '服务对象满意度指标', '参训人员满意度', '不低于88', '%', '问卷调查')]),
 dict(name=JDB + '省级重点档案保护与开发专项资金', code='13040425P00ZDBH10008H', attr='新增项目', unit=BEN, mu='万元',
      total='120.00', fin='120.00', other='0.00', plan=(0, 40, 80, 100),
      use='按照' + JDB + '文件要求，用于复兴区工业遗产重点档案抢救保护、专题数据库建设及档案编研成果出版。',
      goal='抢救保护工业遗产重点档案不少于2600卷，建成专题数据库1个，出版编研成果2部，11月底前通过验收。',
      ind=[I('产出指标', '数量指标', '重点档案抢救保护数量', '≥2600', '卷', JDB),
           I('产出指标', '数量指标', '专题数据库建设数量', '=1', '个', JDB),
           I('产出指标', '数量指标', '编研成果出版数量', '≥2', '部', JD),
           I('产出指标', '质量指标', '项目验收合格率', '=100', '%', JDB),
           I('产出指标', '时效指标', '项目完成时间', '2025年11月底前', '', JDB),
           I('成本指标', '经济成本指标', '项目总成本', '≤120', '万元', JDB),
           I('效益指标', '社会效益指标', '工业遗产档案资源开发利用', '有效推进', '', HD25),
           I('效益指标', '可持续影响指标', '重点档案长期安全保存', '有效保障', '', LAW)]),
 dict(name='档案馆库房智能密集架购置项目', code='13040425P00MJJG10009S', attr='新增项目', unit=BEN, mu='万元',
      total='238.00', fin='200.00', other='38.00', plan=(0, 60, 100, None),
      use='购置智能电动密集架160列及库房环境一体化控制设备，替换老旧手动密集架；其他资金为单位以前年度事业结余。',
      goal='8月底前完成160列智能密集架采购安装，新增档案存储容量2.4万卷，库房空间利用率提高到85%以上。',
      ind=[I('产出指标', '数量指标', '智能密集架购置数量', '=160', '列', '2025年度工作计划'),
           I('产出指标', '数量指标', '新增档案存储容量', '≥2.4', '万卷', '2025年度工作计划'),
           I('产出指标', '质量指标', '设备验收合格率', '=100', '%', '《中华人民共和国政府采购法》'),
           I('产出指标', '时效指标', '采购安装完成时间', '2025年8月底前', '', '2025年度工作计划'),
           I('成本指标', '经济成本指标', '每列密集架采购单价', '≤1.45', '万元/列', '市场询价'),
           I('成本指标', '经济成本指标', '项目总成本', '≤238', '万元', '年度预算批复'),
           I('效益指标', '社会效益指标', '馆藏档案存储条件', '显著改善', '', '《档案馆建筑设计规范》（JGJ 25-2010）'),
           I('效益指标', '可持续影响指标', '库房空间利用率', '≥85', '%', HD24),
           I('满意度指标', '服务对象满意度指标', '档案管理人员满意度', '≥90', '%', '问卷调查')]),
]

def wan(p, key):
    return float(p[key]) / (10000 if p['mu'] == '元' else 1)

def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)

def pad(s, w):
    return s + ' ' * (w - dw(s))

def wrap(s, w):
    """Greedy wrap by display width; never breaks next to a space (so stripping a piece loses nothing)."""
    out, cur = [], ''
    for ch in s:
        if dw(cur + ch) > w:
            nxt = ''
            while cur and (cur[-1] == ' ' or (nxt or ch)[0] == ' '):
                nxt = cur[-1] + nxt; cur = cur[:-1]
            out.append(cur); cur = nxt + ch
        else:
            cur += ch
    out.append(cur)
    for piece in out:
        assert piece and piece == piece.strip() and dw(piece) <= w, ('bad wrap', s, out)
    return out

# ---------- indicator table (box drawing) ----------
W = (10, 18, 26, 16, 10, 28)

def border(l, m, r):
    return l + m.join('─' * w for w in W) + r

def boxrow(cells):
    return '│' + '│'.join(pad(c, w) for c, w in zip(cells, W)) + '│'

TABLE_HEAD = [border('┌', '┬', '┐'), boxrow(HDR), border('├', '┼', '┤')]

def ind_lines(inds):
    """(text, breakable_before, in_table) triples."""
    out = [(TABLE_HEAD[0], True, False), (TABLE_HEAD[1], False, True), (TABLE_HEAD[2], False, True)]
    prev = (None, None)
    for n_row, r in enumerate(inds):
        a = '' if r['一级指标'] == prev[0] else r['一级指标']
        b = '' if (r['一级指标'], r['二级指标']) == prev else r['二级指标']
        prev = (r['一级指标'], r['二级指标'])
        cols = [[a], [b], wrap(r['三级指标'], W[2]), [r['指标值']], [r['计量单位']], wrap(r['指标值设定依据'], W[5])]
        n = max(len(c) for c in cols)
        for k in range(n):
            out.append((boxrow([c[k] if k < len(c) else '' for c in cols]), k == 0 and n_row > 0, True))
    out.append((border('└', '┴', '┘'), False, False))
    return out

# ---------- ASCII grid summary table ----------
SW = (6, 42, 24, 34, 10, 10, 10)
SH = ('序号', '项目名称', '项目编码', '实施单位', '资金总额', '财政拨款', '其他资金')

def sline():
    return '+' + '+'.join('-' * w for w in SW) + '+'

def srow(cells, right=()):
    out = []
    for j, (c, w) in enumerate(zip(cells, SW)):
        out.append(' ' * (w - dw(c) - 1) + c + ' ' if j in right else ' ' + pad(c, w - 1))
    return '|' + '|'.join(out) + '|'

def summary_lines():
    L = [sline(), srow(SH), sline()]
    for i, p in enumerate(P, 1):
        o = wan(p, 'other')
        L.append(srow([str(i), p['name'] if dw(p['name']) <= SW[1] - 1 else p['name'][:19],
                       p['code'], p['unit'], '%.2f' % wan(p, 'total'), '%.2f' % wan(p, 'fin'),
                       '%.2f' % o if o else '—'], right=(4, 5, 6)))
        if dw(p['name']) > SW[1] - 1:            # long name continues on a second line
            L.append(srow(['', p['name'][19:], '', '', '', '', ''], right=(4, 5, 6)))
    L.append(sline())
    L.append(srow(['合计', '', '', '', '%.2f' % sum(wan(p, 'total') for p in P),
                   '%.2f' % sum(wan(p, 'fin') for p in P), '%.2f' % sum(wan(p, 'other') for p in P)], right=(4, 5, 6)))
    L.append(sline())
    return L

# ---------- document ----------
def project_lines(i, p):
    L = []
    def add(s, brk=True): L.append((s, brk, False))
    add('')
    add('━' * 60)
    add('表4-%d    项目支出绩效目标申报表（2025年度）' % i)
    add('━' * 60, False)
    add(' ' * 52 + '金额单位：' + p['mu'], False)
    add('项目名称：' + p['name'], False)
    add('项目编码：%s        项目属性：%s' % (p['code'], p['attr']), False)
    add('主管部门：%s        实施单位：%s' % (DEPT, p['unit']), False)
    add('资金总额：%s    其中：财政拨款：%s    其他资金：%s' % (p['total'], p['fin'], p['other']), False)
    add('项目内容（资金用途）：')
    add('    ' + p['use'], False)
    if p['plan'] is not None:
        add('实施进度计划（累计支出比例）：')
        add('    时间节点\t' + '\t'.join(QS), False)
        add('    累计支出\t' + '\t'.join('' if v is None else '%d%%' % v for v in p['plan']), False)
    add('年度绩效目标：')
    add('    ' + p['goal'], False)
    add('绩效指标：', True)
    L.extend(ind_lines(p['ind']))
    return L

def logical_lines():
    tot = sum(wan(p, 'total') for p in P); fin = sum(wan(p, 'fin') for p in P); oth = sum(wan(p, 'other') for p in P)
    L = []
    def add(s, brk=True): L.append((s, brk, False))
    add(' ' * 24 + DEPT)
    add(' ' * 18 + '2025年度部门预算项目绩效目标', False)
    add('')
    add('编报单位：' + DEPT + '（盖章）' + ' ' * 10 + '编报日期：2025年1月16日')
    add('说明：本文本由预算管理一体化系统“绩效目标申报”模块导出，金额单位除表内另有注明外均为万元。')
    add('')
    add('一、部门职责及机构设置')
    for s in [
        '    ' + DEPT + '是区委直属的公益一类事业单位，是集中统一管理全区党和国家各类档案的综合档案馆，主要职责是：'
        '贯彻执行' + LAW + '等法律法规，收集、接收、整理、保管本区各机关团体企事业单位和个人形成的具有永久和长期保存价值的档案；'
        '组织开展馆藏档案数字化和数字档案馆建设；依法开放档案，提供档案查询利用服务；'
        '对全区机关团体企事业单位档案工作实行监督和指导；承担区地方志和年鉴的编纂出版工作。',
        '    馆内设办公室、业务指导科、保管利用科、编研征集科4个科室，所属' + SZ.replace(DEPT[:5], '') + '、' + FZ.replace(DEPT[:5], '') + '2个二级单位。']:
        add(s, False)
    add('')
    add('二、部门整体绩效目标')
    add('    （一）总体绩效目标', False)
    add('    2025年，' + DEPT + '坚持“为党管档、为国守史、为民服务”，以数字档案馆建设为抓手，全面提升档案资源建设、'
        '安全保管和开放利用水平：馆藏档案数字化率达到82%，库房温湿度达标率不低于95%，全年不发生档案安全事故；'
        '接待查档利用不少于6500人次，查档群众满意度不低于95%；完成《复兴区年鉴（2025）》编纂出版。', False)
    add('    （二）分项绩效目标', False)
    add('    1.档案资源建设：完成纸质档案数字化加工120万页，征集档案资料800件以上，抢救保护工业遗产重点档案2600卷以上。', False)
    add('    2.档案安全保管：7个库房安全运行，完成智能密集架购置安装，新增存储容量2.4万卷。', False)
    add('    3.开放利用与业务指导：到期档案开放审核1.2万卷，培训档案员300人次，监督指导85家单位。', False)
    add('')
    add('三、2025年度项目支出汇总')
    add('    2025年部门预算安排项目%d个，项目支出合计%.2f万元，其中：一般公共预算财政拨款%.2f万元，其他资金%.2f万元。'
        % (len(P), tot, fin, oth), False)
    add('    项目支出汇总表' + ' ' * 70 + '单位：万元', False)
    for s in summary_lines():
        add(s, False)
    add('    注：' + P[2]['name'] + '在其绩效目标表中以元列示，本表折算为万元。', False)
    add('')
    add('四、项目支出绩效目标表')
    for i, p in enumerate(P, 1):
        L.extend(project_lines(i, p))
    add('')
    add('五、保障措施')
    for s in ['    （一）健全制度。严格执行《中华人民共和国预算法》和' + JD + '关于档案事业发展经费管理的要求，完善项目资金管理办法和内部控制制度。',
              '    （二）强化监控。按季度对照实施进度计划开展绩效运行监控，支出进度明显滞后的项目及时分析原因、督促整改。',
              '    （三）严格验收。数字化加工、密集架购置等采购项目严格履行政府采购程序，按合同组织验收，开展绩效自评。',
              '    （四）结果应用。绩效评价结果作为下一年度预算安排的重要依据，并按规定向社会公开。']:
        add(s, False)
    add('')
    add('填报说明：1.实施进度为截至各季度末累计支出占项目资金总额的比例；2.“' + P[2]['name'] + '”金额单位为元；'
        '3.' + P[6]['name'] + '按培训计划据实支出，未填报实施进度计划。')
    add('填报人：王  琳        审核人：赵建国        联系电话：0310-4021736', False)
    return L

def paginate(L):
    pages, cur, in_table = [], [], False
    for text, brk, tbl in L:
        if brk and len(cur) >= BODY:
            pages.append(cur); cur = []
            if tbl:                      # a table goes on over the page break
                cur += ['（续表）'] + TABLE_HEAD
        cur.append(text)
    pages.append(cur)
    n = len(pages)
    out = []
    for k, body in enumerate(pages, 1):
        if k > 1:
            out += [' ' * 30 + RUN_HEAD, '─' * 84]
        out += body
        out += ['', ' ' * 38 + '第 %d 页 共 %d 页' % (k, n)]
    return out

def render():
    return '\n'.join(paginate(logical_lines())) + '\n'

def main():
    text = render()
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    print('wrote', os.path.normpath(OUT), 'projects', len(P), 'indicator rows', sum(len(p['ind']) for p in P),
          'lines', text.count('\n'))

if __name__ == '__main__':
    main()
