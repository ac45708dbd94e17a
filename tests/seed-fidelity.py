#!/usr/bin/python3
"""Check a bundled seed framework against the published page it was transcribed from.

usage: seed-fidelity.py PAGE.txt SEED.json
Prints TAP on stdout; details of any mismatch go to stderr; exits 1 on any failure.
A relative PAGE is in the project's shared folder: $SKILLFRAME_SHARED_DIR, by default
../shared beside the repository. That folder is not part of the repository: when the page
is missing, the whole plan is skipped ("1..0 # SKIP"), naming the path.
"""
import json
import os
import re
import sys

if len(sys.argv) != 3:
    sys.exit('usage: seed-fidelity.py PAGE.txt SEED.json')
shared = os.environ.get('SKILLFRAME_SHARED_DIR') or \
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared')
page_path = os.path.join(shared, sys.argv[1])
if not os.path.isfile(page_path):
    print('1..0 # SKIP %s is missing: the shared folder (SKILLFRAME_SHARED_DIR, by default '
          '../shared beside the repository) is not there' % os.path.normpath(page_path))
    sys.exit(0)
page = open(page_path, encoding='utf-8').read()
raw = open(sys.argv[2], encoding='utf-8').read()
try:
    doc = json.loads(raw)
except ValueError as e:
    sys.exit('seed-fidelity: %s: not valid JSON: %s' % (sys.argv[2], e))
lines = page.split('\n')

EXPECT_LEVELS = {'competencies': [10, 10, 10, 10], 'ai-usage': [2, 3, 4, 3]}
EXPECT_DURABLE = [12, 10, 9, 10, 9, 9, 8, 9, 9, 9]
EXPECT_ANCHORS = {'task': 8, 'skill': 20, 'knowledge': 10, 'ability': 10, 'work-style': 6,
                  'technology': 8, 'related-title': 12, 'cip': 6}
ITEM = re.compile(r'^  (\d+)\. ')
DOMAIN = re.compile(r'^\d+(.+?)(\d+) statements$')
scales = {s['id']: [lv['name'] for lv in s['levels']] for s in doc['scales']}
scale_ids = {s['id']: [lv['id'] for lv in s['levels']] for s in doc['scales']}
level_name = {(s['id'], lv['id']): lv['name'] for s in doc['scales'] for lv in s['levels']}
# a chip is "<short_title><title> — ... Opens in new tab."; key it by that visible prefix
chip_keys = [(s['short_title'] + s['title'], s['id']) for s in doc['sources'] if 'short_title' in s]
CHIP_END = '. Opens in new tab.'
ORDER = {  # canonical member order (FORMAT.md), keyed by the path of the object kind
    '': 'format id version status occupation scales sections evidence onet sources rights',
    'occupation': 'title soc_code job_zone job_zone_name context', 'scales': 'id name levels',
    'scales.levels': 'id name label', 'sections': 'id kind title description scale statements',
    'sections.statements': 'id level title text citations anchors', 'sections.statements.citations': 'source locator',
    'evidence': 'id title source figures', 'evidence.figures': 'id label value unit max code',
    'onet': 'release source anchors', 'onet.anchors': 'id kind code name',
    'sources': 'id title subtitle short_title edition authors year identifier url licence'}


def parse_chips(tail):
    """' CHIP CHIP[.]' -> (list of source ids, trailing '.' or '') or raise ValueError."""
    cites = []
    while tail.startswith(' '):
        tail = tail[1:]
        key = max((k for k in chip_keys if tail.startswith(k[0])), key=lambda k: len(k[0]), default=None)
        end = tail.find(CHIP_END)
        if key is None or end < 0 or not tail[len(key[0]):].startswith(' — '):
            raise ValueError('unrecognised text after statement: %r' % tail[:80])
        cites.append(key[1])
        tail = tail[end + len(CHIP_END):]
    if tail not in ('', '.'):
        raise ValueError('unexpected trailing text %r' % tail)
    return cites, tail


def context(i, section):
    """Level heading and (for durable) domain heading the page puts above line i."""
    level = domain = None
    for ln in reversed(lines[:i]):
        if level is None and ln in scales[section['scale']]:
            level = ln
        m = DOMAIN.match(ln)
        if m:
            domain = m.group(1)
            break
    return level, domain


def locate(sec, st, n):
    """Find statement n (1-based within its level) on the page; return its chips or an error string."""
    head = '  %d. %s' % (n, st['title'])
    found = []
    for i, ln in enumerate(lines):
        if sec['kind'] == 'competencies':  # page prints "Title" glued to "text starting lowercase"
            if ln == head + st['text'] and st['title'][:1].isupper() and st['text'][:1].islower():
                found.append((i, []))
            continue
        core = st['text'][:-1] if st['text'].endswith('.') else st['text']
        if not ln.startswith(head + ' — ' + core):
            continue
        try:
            cites, dot = parse_chips(ln[len(head + ' — ' + core):])
        except ValueError as e:
            return str(e)
        if (dot == '.') != st['text'].endswith('.'):
            return 'final full stop differs from the page'
        found.append((i, cites))
    if len(found) != 1:
        return '%s on the page (%d lines match %r + text)' % ('ambiguous' if found else 'not found', len(found), head)
    level, domain = context(found[0][0], sec)
    if level != level_name[(sec['scale'], st['level'])]:
        return 'on the page under level %r, not %r' % (level, st['level'])
    if domain != (sec['title'] if sec['kind'] == 'durable' else None):
        return 'on the page under durable domain %r' % domain
    return found[0][1]


def locate_all():
    located = {}  # statement id -> page chips, or an error string
    for sec in doc['sections']:
        prefix = {'competencies': 'comp', 'ai-usage': 'ai'}.get(sec['kind'], sec['id'][len('durable-'):])
        seen = {}
        for st in sec['statements']:
            n = seen[st['level']] = seen.get(st['level'], 0) + 1
            want = '%s-%s-%02d' % (prefix, st['level'], n)
            located[st['id']] = (locate(sec, st, n) if st['id'] == want
                                 else 'id should be %s (its position within its level on the page)' % want)
    return located


def member_order(v, path, errs):
    if isinstance(v, list):
        for x in v:
            member_order(x, path, errs)
    elif isinstance(v, dict) and path in ORDER:
        known = ORDER[path].split()
        keys = list(v)
        if any(k not in known for k in keys) or keys != sorted(keys, key=known.index):
            errs.append('members of %s out of order or unknown: %s' % (path or 'document', keys))
        for k, x in v.items():
            member_order(x, (path + '.' + k).lstrip('.'), errs)


def t_canonical():
    errs = []
    member_order(doc, '', errs)
    canon = json.dumps(json.loads(raw), indent=2, ensure_ascii=False) + '\n'
    if canon != raw:
        k = next((i for i, (a, b) in enumerate(zip(raw, canon)) if a != b), min(len(raw), len(canon)))
        errs.append('file is not canonical: first difference at line %d' % (raw[:k].count('\n') + 1))
    return errs


def t_text():
    return ['%s: %s' % (k, r) for k, r in locate_all().items() if isinstance(r, str)]


def t_citations():
    errs, located = [], locate_all()
    for sec in doc['sections']:
        for st in sec['statements']:
            r = located[st['id']]
            got = [c['source'] for c in st['citations']]
            if not isinstance(r, str) and got != r:
                errs.append('%s: citations %s, page chips %s' % (st['id'], got, r))
            if st['anchors']:
                errs.append('%s: the page links no anchors to statements' % st['id'])
    return errs


def t_counts():
    errs, secs = [], {s['id']: s for s in doc['sections']}
    for sid, want in EXPECT_LEVELS.items():
        sec = secs.get(sid, {'scale': 'proficiency', 'statements': []})
        per = [sum(st['level'] == lv for st in sec['statements']) for lv in scale_ids[sec['scale']]]
        if per != want or len(sec['statements']) != sum(want):
            errs.append('%s: %d statements %s per level, expected %s' % (sid, len(sec['statements']), per, want))
    durable = [s for s in doc['sections'] if s['kind'] == 'durable']
    got = [len(s['statements']) for s in durable]
    if got != EXPECT_DURABLE:
        errs.append('durable statements per domain %s, expected %s' % (got, EXPECT_DURABLE))
    # per domain and level, against the page's own lists and "N statements" headings
    counts, totals, dom, lvl = {}, {}, None, None
    for ln in lines[next(i for i, ln in enumerate(lines) if ln.startswith('Ten durable-skill domains')):]:
        m = DOMAIN.match(ln)
        if ln.startswith('Show O*NET source anchors'):
            break
        elif m:
            dom, totals[m.group(1)] = m.group(1), int(m.group(2))
        elif ln in scales['durable']:
            lvl = ln
        elif ITEM.match(ln) and dom:
            counts[(dom, lvl)] = counts.get((dom, lvl), 0) + 1
    if list(totals.items()) != list(zip([s['title'] for s in durable], got)):
        errs.append('page domain headings %s, file has %s' % (totals, [s['title'] for s in durable]))
    for sec in durable:
        for lid, lname in zip(scale_ids['durable'], scales['durable']):
            have, want = sum(st['level'] == lid for st in sec['statements']), counts.get((sec['title'], lname), 0)
            if have != want:
                errs.append('%s %s: %d statements, page has %d' % (sec['title'], lname, have, want))
    return errs


def t_anchors():
    errs, kinds = [], {}
    for a in doc['onet']['anchors']:
        kinds.setdefault(a['kind'], []).append(a['name'])
        if a['name'] not in page:
            errs.append('anchor %s: name %r not on the page' % (a['id'], a['name']))
    got = {k: len(v) for k, v in kinds.items()}
    if got != EXPECT_ANCHORS:
        errs.append('anchor counts %s, expected %s' % (got, EXPECT_ANCHORS))
    # each list, joined as the page prints it, must be the whole line under its heading
    after = lambda h: lines[lines.index(h) + 1] if h in lines else None
    for kind, head, sep in [('skill', 'O*NET skills', ''), ('knowledge', 'Knowledge domains', ''),
                            ('ability', 'Abilities', ''), ('work-style', 'Work styles', ''),
                            ('technology', 'Technology', ''), ('related-title', 'Related titles', ' · '),
                            ('cip', 'CIP education codes', '')]:
        if sep.join(kinds.get(kind, [])) != after(head):
            errs.append('%s anchors do not reproduce the page line under %r' % (kind, head))
    t0 = lines.index('Tasks · seed anchors for statements')
    if kinds.get('task') != [ITEM.sub('', ln) for ln in lines[t0 + 1:t0 + 20] if ITEM.match(ln)]:
        errs.append('task anchors differ from the page task list')
    if after('RAPIDS apprenticeships') != 'O*NET skills' or 'apprenticeship' in kinds:
        errs.append('the page lists no RAPIDS apprenticeships; the file must have none')
    if sum(len(kinds.get(k, [])) for k in ('task', 'skill', 'knowledge', 'ability', 'work-style', 'technology')) \
            != int(re.search(r'Show O\*NET source anchors(\d+) anchors', page).group(1)):
        errs.append('grounding anchor total differs from the page')
    return errs


TESTS = [('file is in canonical form', t_canonical),
         ('statement titles and texts appear on the page as published', t_text),
         ('statement citations equal the chips that follow them on the page', t_citations),
         ('statement counts per section, level and durable domain', t_counts),
         ('O*NET anchors reproduce the page lists', t_anchors)]
print('1..%d' % len(TESTS))
failed = 0
for k, (name, fn) in enumerate(TESTS, 1):
    try:
        errs = fn()
    except Exception as e:  # a malformed file or page: report it as a failure, not a traceback
        errs = ['%s: %s' % (type(e).__name__, e)]
    print('%s %d - %s' % ('not ok' if errs else 'ok', k, name))
    for e in errs:
        print('seed-fidelity: %s: %s' % (sys.argv[2], e), file=sys.stderr)
    failed += bool(errs)
sys.exit(1 if failed else 0)
