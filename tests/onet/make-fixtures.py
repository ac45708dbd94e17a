#!/usr/bin/env python3
# Writes the small O*NET text databases the import tests read, in O*NET's
# own format (tab-separated, a header line, no quoting, n/a), and the
# anchors each import must give. The files are committed; run this again
# after changing it:  tests/onet/make-fixtures.py tests/onet/content-model.tsv
#
# db_30_0_text: the layout up to 30.2, legacy work styles (1.C, scale IM)
# db_30_2_text: the same layout, current work styles (1.D, WI and DR); for
#               29-2011.00 a task reworded, one removed, one added, a skill
#               above the threshold and one below it compared with 30.0
# db_30_3_text: the layout from 30.3 (Essential/Transferable Skills,
#               Software Skills, Job Titles), extra and reordered columns,
#               28.0-style numbers, CR LF line ends in one file
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
model = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')][1:]
skills = [(r[0], r[1]) for r in model if r[2] == 'Skills']
knowledge = [(r[0], r[1]) for r in model if r[2] == 'Knowledge']
abilities = [(r[0], r[1]) for r in model if r[2] == 'Abilities']
styles_c = [(r[0], r[1]) for r in model if r[2] == 'Work Styles' and r[0].startswith('1.C')]
styles_d = [(r[0], r[1]) for r in model if r[2] == 'Work Styles' and r[0].startswith('1.D')]

OCCUPATIONS = [
    ('11-1011.00', 'Chief Executives', 'Determine and formulate policies and provide overall direction of companies or private and public sector organizations within guidelines set up by a board of directors or similar governing body.', 5),
    ('15-1252.00', 'Software Developers', 'Research, design, and develop computer and network software or specialized utility programs.', 4),
    ('29-2011.00', 'Medical and Clinical Laboratory Technologists', 'Perform complex medical laboratory tests for diagnosis, treatment, and prevention of disease. May train or supervise staff.', 4),
    ('29-2011.01', 'Cytogenetic Technologists', 'Analyze chromosomes found in biological specimens to aid in the study, diagnosis, or treatment of genetic diseases.', 4),
    ('29-2011.02', 'Cytotechnologists', 'Stain, mount, and study cells to detect evidence of cancer, hormonal abnormalities, and other pathological conditions.', 4),
    ('29-2012.00', 'Medical and Clinical Laboratory Technicians', 'Perform routine medical laboratory tests for the diagnosis, treatment, and prevention of disease.', 3),
    ('29-2099.00', 'Health Technologists and Technicians, All Other', 'All health technologists and technicians not listed separately.', None),
]

# 29-2011.00's tasks in 30.0: (task id, type, text)
TASKS_30_0 = [
    ('1890', 'Core', 'Analyze laboratory findings to check the accuracy of the results.'),
    ('1886', 'Core', 'Conduct chemical analysis of body fluids, including blood, urine, or spinal fluid, to determine presence of normal or abnormal components.'),
    ('1887', 'Core', 'Operate, calibrate, or maintain equipment used in quantitative or qualitative analysis, such as spectrophotometers, calorimeters, flame photometers, or computer-controlled analyzers.'),
    ('1896', 'Supplemental', 'Cultivate, isolate, or assist in identifying microbial organisms and perform various tests on these microorganisms.'),
    ('1889', 'Core', 'Enter data from analysis of medical tests or clinical results into computer for storage.'),
    ('15233', 'Core', 'Establish or monitor quality assurance programs or activities to ensure the accuracy of laboratory results.'),
    ('1892', 'Core', 'Set up, clean, and maintain laboratory equipment.'),
    ('1888', 'Core', 'Analyze samples of biological material for chemical content or reaction.'),
    ('15232', 'Core', 'Provide technical information about test results to physicians, family members, or researchers.'),
    ('1894', 'Core', 'Collect and study blood samples to determine the number of cells, their morphology, or their blood group, blood type, or compatibility for transfusion purposes, using microscopic techniques.'),
    ('1899', 'Core', 'Develop, standardize, evaluate, or modify procedures, techniques, or tests used in the analysis of specimens or in medical laboratory experiments.'),
    ('1898', 'Core', 'Supervise, train, or direct lab assistants, medical and clinical laboratory technicians or technologists, or other medical laboratory workers engaged in laboratory testing.'),
    ('1901', 'Supplemental', 'Conduct medical research under the direction of a microbiologist or biochemist.'),
    ('1893', 'Core', 'Select and prepare specimens and media for cell cultures, using aseptic technique and knowledge of medium components and cell nutrient requirements.'),
    ('1895', 'n/a', 'Obtain, cut, stain, or mount biological material on slides for microscopic study and diagnosis, following standard laboratory procedures.'),
]
TASKS_30_2 = [t for t in TASKS_30_0 if t[0] != '1901']
TASKS_30_2 = [(i, ty, 'Develop, standardize, evaluate, or modify procedures, techniques, or tests used in the analysis of specimens, including molecular and automated methods.') if i == '1899' else (i, ty, tx) for i, ty, tx in TASKS_30_2]
TASKS_30_2.append(('23001', 'Supplemental', 'Validate automated analyzers and laboratory information system interfaces before clinical use.'))

def value(*key, lo=1.0, hi=4.75):
    h = int(hashlib.sha256('|'.join(key).encode()).hexdigest()[:8], 16)
    return round(lo + (hi - lo) * (h / 0xffffffff), 2)

def ratings(code, elements, release):
    out = {}
    for eid, name in elements:
        out[eid] = value(code, eid, 'IM')
    if code == '29-2011.00':
        # A value exactly on the threshold is taken; one just below is not.
        out['2.A.1.f'] = 4.00                                  # Science
        out['2.B.3.m'] = 3.75                                  # Quality Control Analysis
        out['2.A.1.c'] = 3.12 if release == '30.0' else 2.75   # Writing: drops below
        out['2.B.1.e'] = 2.88 if release == '30.0' else 3.12   # Instructing: rises above
        out['2.C.4.c'] = 3.00                                  # Chemistry: on the threshold
        out['2.C.4.d'] = 2.99                                  # Biology: just below
    return out

def rating_rows(code, elements, release, scale_rows=True, fmt=None):
    rows = []
    ims = ratings(code, elements, release)
    for eid, name in elements:
        rows.append([code, eid, name, 'IM', '%.2f' % ims[eid], '8', '0.1900', '3.0000', '4.0000', 'N', 'n/a', '08/2025', 'Analyst'])
        rows.append([code, eid, name, 'LV', '%.2f' % value(code, eid, 'LV', lo=0, hi=6), '8', '0.2300', '2.5000', '4.5000', 'N', 'N', '08/2025', 'Analyst'])
    return rows

RATING_HEADER = ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Data Value', 'N', 'Standard Error', 'Lower CI Bound', 'Upper CI Bound', 'Recommend Suppress', 'Not Relevant', 'Date', 'Domain Source']

def write(folder, name, header, rows, crlf=False, order=None):
    if order is not None:
        header = [header[i] for i in order]
        rows = [[r[i] for i in order] for r in rows]
    eol = '\r\n' if crlf else '\n'
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(header) + eol)
        for r in rows:
            f.write('\t'.join(r) + eol)

def other_tasks(code):
    return [(str(30000 + i + 100 * int(code[3:7]) % 9000), 'Core' if i % 3 else 'Supplemental', 'Perform task %d of %s.' % (i + 1, code)) for i in range(4)]

TECH = {
    '29-2011.00': [('MEDITECH software', '43232610', 'Medical software', 'Y', 'Y'),
                   ('Microsoft Excel', '43232110', 'Spreadsheet software', 'Y', 'Y'),
                   ('Laboratory information system LIS', '43232610', 'Medical software', 'N', 'N'),
                   ('Epic Systems', '43232610', 'Medical software', 'Y', 'N')],
}
TITLES = {
    '29-2011.00': ['Clinical Laboratory Scientist (CLS)', 'MLS (Medical Laboratory Scientist)', 'Medical Technologist (MT)', 'Blood Bank Technologist'],
}

def styles_legacy(code):
    rows = []
    for eid, name in styles_c:
        v = value(code, eid, 'WS', lo=2.0, hi=4.8)
        if code == '29-2011.00' and eid == '1.C.5.b':
            v = 4.78
        rows.append([code, eid, name, 'IM', '%.2f' % v, '8', '0.1500', '3.5000', '4.5000', 'N', '08/2025', 'Analyst'])
    return rows

DR_29_2011 = {'1.D.1.b': 1, '1.D.1.c': 2, '1.D.3.a': 3, '1.D.3.d': 4, '1.D.3.b': 5, '1.D.3.c': 6}

def styles_current(code):
    rows = []
    for eid, name in styles_d:
        rows.append([code, eid, name, 'WI', '%.2f' % value(code, eid, 'WI', lo=-1.0, hi=3.0), '12/2025', 'AI/Expert'])
    for eid, name in styles_d:
        rank = DR_29_2011.get(eid, 0) if code == '29-2011.00' else (value(code, eid, 'DR', lo=0, hi=10) > 7 and 3 or 0)
        rows.append([code, eid, name, 'DR', '%.2f' % rank, '12/2025', 'AI/Expert'])
    return rows

def build(release, layout, folder):
    rated = [o for o in OCCUPATIONS if o[3] is not None]
    write(folder, 'Occupation Data.txt', ['O*NET-SOC Code', 'Title', 'Description'], [[c, t, d] for c, t, d, z in OCCUPATIONS])
    with open(os.path.join(folder, 'Read Me.txt'), 'w', encoding='utf-8') as f:
        f.write('O*NET %s Database\n\nThe content of the O*NET %s Database is licensed under a Creative Commons Attribution 4.0 International License.\n' % (release, release))
    tasks = []
    for c, t, d, z in rated:
        for tid, ty, tx in ((TASKS_30_0 if release == '30.0' else TASKS_30_2) if c == '29-2011.00' else other_tasks(c)):
            if layout == 'new' and tid == '1890':
                tid = '1890.0'
            tasks.append([c, tid, tx, ty, 'n/a' if ty == 'n/a' else '27', '08/2025', 'n/a' if ty == 'n/a' else 'Incumbent'])
    write(folder, 'Task Statements.txt', ['O*NET-SOC Code', 'Task ID', 'Task', 'Task Type', 'Incumbents Responding', 'Date', 'Domain Source'], tasks)
    zones = [[c, ('%d.0' % z) if layout == 'new' else str(z), '08/2025', 'Analyst'] for c, t, d, z in rated]
    write(folder, 'Job Zones.txt', ['O*NET-SOC Code', 'Job Zone', 'Date', 'Domain Source'], zones)
    sk = sum((rating_rows(c, skills, release) for c, *_ in rated), [])
    if layout == 'old':
        write(folder, 'Skills.txt', RATING_HEADER, sk)
    else:
        write(folder, 'Essential Skills.txt', RATING_HEADER, [r for r in sk if r[1].startswith('2.A')])
        write(folder, 'Transferable Skills.txt', RATING_HEADER, [r for r in sk if r[1].startswith('2.B')], crlf=True)
    kn = sum((rating_rows(c, knowledge, release) for c, *_ in rated), [])
    if layout == 'new':
        # Saved again by a spreadsheet: a Title column added, columns reordered.
        titles = {c: t for c, t, d, z in OCCUPATIONS}
        write(folder, 'Knowledge.txt', ['Title'] + RATING_HEADER, [[titles[r[0]]] + r for r in kn],
              order=[4, 1, 0, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    else:
        write(folder, 'Knowledge.txt', RATING_HEADER, kn)
    write(folder, 'Abilities.txt', RATING_HEADER, sum((rating_rows(c, abilities, release) for c, *_ in rated), []))
    if release == '30.0':
        write(folder, 'Work Styles.txt', RATING_HEADER[:10] + ['Date', 'Domain Source'], sum((styles_legacy(c) for c, *_ in rated), []))
    else:
        write(folder, 'Work Styles.txt', ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Data Value', 'Date', 'Domain Source'], sum((styles_current(c) for c, *_ in rated), []))
    tech = []
    for c, *_ in rated:
        items = list(TECH.get(c, [('Microsoft Word', '43231501', 'Word processing software', 'N', 'Y')]))
        if c == '29-2011.00' and release != '30.0':
            items.append(('Cerner Millennium', '43232610', 'Medical software', 'Y', 'Y'))
        for ex, cc, ct, hot, dem in items:
            if layout == 'old':
                tech.append([c, ex, cc, ct, hot, dem])
            else:
                tech.append([c, cc, ct, ex, hot, dem])
    if layout == 'old':
        write(folder, 'Technology Skills.txt', ['O*NET-SOC Code', 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'], tech)
    else:
        write(folder, 'Software Skills.txt', ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Workplace Example', 'Hot Technology', 'In Demand'], tech)
    alt = [[c, a, 'n/a', 'Occupational Expert'] for c, *_ in rated for a in TITLES.get(c, ['%s Specialist' % c])]
    write(folder, 'Alternate Titles.txt' if layout == 'old' else 'Job Titles.txt',
          ['O*NET-SOC Code', 'Alternate Title' if layout == 'old' else 'Job Title', 'Short Title', 'Source(s)'], alt)

    # What importing 29-2011.00 at the default threshold 3.0 must give:
    # kind, code, name, importance, flags; in the framework's order.
    exp = []
    tasks_29 = TASKS_30_0 if release == '30.0' else TASKS_30_2
    for wanted in ('Core', 'Supplemental', 'n/a'):
        for tid, ty, tx in tasks_29:
            if ty == wanted:
                exp.append(['task', tid, tx, '', {'Core': 'core', 'Supplemental': 'supplemental'}.get(ty, '')])
    for kind, elements in (('skill', skills), ('knowledge', knowledge), ('ability', abilities)):
        ims = ratings('29-2011.00', elements, release)
        order = {eid: i for i, (eid, n) in enumerate(elements)}
        taken = sorted([(eid, n) for eid, n in elements if ims[eid] >= 3.0], key=lambda e: (-ims[e[0]], order[e[0]]))
        exp += [[kind, eid, n, '%.2f' % ims[eid], ''] for eid, n in taken]
    if release == '30.0':
        rows = styles_legacy('29-2011.00')
        taken = sorted([r for r in rows if float(r[4]) >= 3.0], key=lambda r: (-float(r[4]), rows.index(r)))
        exp += [['work-style', r[1], r[2], r[4], ''] for r in taken]
    else:
        wi = {r[1]: r[4] for r in styles_current('29-2011.00') if r[3] == 'WI'}
        names = dict(styles_d)
        exp += [['work-style', e, names[e], wi[e], ''] for e, rank in sorted(DR_29_2011.items(), key=lambda x: x[1])]
    items = list(TECH['29-2011.00']) + ([('Cerner Millennium', '', '', 'Y', 'Y')] if release != '30.0' else [])
    for ex, cc, ct, hot, dem in items:
        exp.append(['technology', '', ex, '', ','.join(f for f, y in (('hot', hot), ('in-demand', dem)) if y == 'Y')])
    exp += [['related-title', '', a, '', ''] for a in TITLES['29-2011.00']]
    with open(os.path.join(HERE, 'expected-29-2011.00-%s.tsv' % release), 'w', encoding='utf-8') as f:
        f.write('# kind\tcode\tname\timportance\tflags: importing 29-2011.00 from db_%s_text at threshold 3.0\n' % release.replace('.', '_'))
        for e in exp:
            f.write('\t'.join(e) + '\n')

build('30.0', 'old', os.path.join(HERE, 'db_30_0_text'))
build('30.2', 'old', os.path.join(HERE, 'db_30_2_text'))
build('30.3', 'new', os.path.join(HERE, 'db_30_3_text'))
