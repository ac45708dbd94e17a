#!/usr/bin/python3
# gen-corpus.py: generate seed-shaped frameworks for the benchmarks
#
# Copyright 2026 The Skillframe authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate Skillframe frameworks shaped like the seed, for benchmarks.

  gen-corpus.py corpus OUTDIR [--count 1000] [--seed 1]
      one framework per made-up occupation, each about the seed's size
  gen-corpus.py big OUT.json [--statements 10000] [--seed 1]
      one framework with many statements spread over the seed's sections

The output depends only on the template file, the options and --seed: the
same command writes the same bytes. Every file is written in the canonical
form (data/schema/FORMAT.md), member order as in the template. Standard
library only.
"""

import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TEMPLATE = os.path.join(HERE, '..', '..', 'seeds',
                                'medical-and-clinical-laboratory-technologists.json')

# Made-up occupations: 24 x 26 x 16 = 9,984 distinct titles.
TITLE_QUALIFIERS = [
    'Applied', 'Assistant', 'Associate', 'Certified', 'Chief', 'Clinical',
    'Commercial', 'Community', 'Digital', 'Environmental', 'Field', 'Forensic',
    'Industrial', 'Junior', 'Marine', 'Municipal', 'Principal', 'Regional',
    'Remote', 'Rural', 'Senior', 'Specialist', 'Urban', 'Veterinary',
]
TITLE_DOMAINS = [
    'Acoustics', 'Aquaculture', 'Archive', 'Biobank', 'Cartography', 'Ceramics',
    'Cryogenics', 'Dairy', 'Drone', 'Forestry', 'Geothermal', 'Glassworks',
    'Horticulture', 'Hydrology', 'Irrigation', 'Metrology', 'Mycology',
    'Optics', 'Orchard', 'Paleontology', 'Pharmacy', 'Radiation Safety',
    'Robotics', 'Seismology', 'Textile', 'Water Quality',
]
TITLE_ROLES = [
    'Analysts', 'Assessors', 'Auditors', 'Coordinators', 'Designers',
    'Engineers', 'Inspectors', 'Installers', 'Managers', 'Operators',
    'Planners', 'Scientists', 'Specialists', 'Supervisors', 'Technicians',
    'Technologists',
]
SOC_MAJOR_GROUPS = [11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39,
                    41, 43, 45, 47, 49, 51, 53]
JOB_ZONE_NAMES = {
    1: 'Little or No Preparation',
    2: 'Some Preparation',
    3: 'Medium Preparation',
    4: 'Considerable Preparation',
    5: 'Extensive Preparation',
}
LOCATORS = ['p. {}', 'pp. {}-{}', 'Table {}', 'Figure {}', 'section {}.{}']
GROUNDING_KINDS = {'task', 'skill', 'knowledge', 'ability', 'work-style', 'technology'}


def words_of(texts):
    return [w for t in texts for w in t.split()]


class Chain:
    """A first-order word chain over sentences: recombines their words."""

    def __init__(self, sentences):
        self.starts = []
        self.next = {}
        self.lengths = []
        for sentence in sentences:
            ws = sentence.split()
            if not ws:
                continue
            self.starts.append(ws[0])
            self.lengths.append(len(ws))
            for a, b in zip(ws, ws[1:]):
                self.next.setdefault(a, []).append(b)
        self.vocabulary = sorted({w for s in sentences for w in s.split()})

    def sentence(self, rng, length=None):
        if length is None:
            length = max(2, int(rng.choice(self.lengths) * rng.uniform(0.75, 1.2)))
        word = rng.choice(self.starts)
        out = [word]
        while len(out) < length:
            followers = self.next.get(word)
            word = rng.choice(followers) if followers else rng.choice(self.vocabulary)
            out.append(word)
        return ' '.join(out)


def capitalise(text):
    return text[:1].upper() + text[1:]


class Generator:
    def __init__(self, template):
        self.template = template
        statements = [st for sec in template['sections'] for st in sec['statements']]
        self.text_chain = Chain([st['text'] for st in statements])
        self.title_chain = Chain([st['title'] for st in statements])
        tasks = [a['name'] for a in template['onet']['anchors'] if a['kind'] == 'task']
        self.task_chain = Chain(tasks or [st['text'] for st in statements])
        self.citation_patterns = [[c['source'] for c in st['citations']] for st in statements]
        self.source_ids = [s['id'] for s in template['sources']]
        self.grounding_ids = [a['id'] for a in template['onet']['anchors']
                              if a['kind'] in GROUNDING_KINDS]
        self.scales = {sc['id']: [lv['id'] for lv in sc['levels']] for sc in template['scales']}
        # Per section: the id prefix ("comp" for "comp-emerging-01") and how
        # many statements it holds at each level.
        self.section_shapes = []
        for sec in template['sections']:
            prefix = None
            per_level = {lv: 0 for lv in self.scales[sec['scale']]}
            for st in sec['statements']:
                per_level[st['level']] += 1
                m = re.match(r'^(.*)-' + re.escape(st['level']) + r'-\d+$', st['id'])
                if m and prefix is None:
                    prefix = m.group(1)
            self.section_shapes.append((prefix or sec['id'], per_level))

    def citations(self, rng):
        cites = []
        for source in rng.choice(self.citation_patterns):
            if rng.random() < 0.08:
                source = rng.choice(self.source_ids)
            cite = {'source': source}
            if rng.random() < 0.15:
                fmt = rng.choice(LOCATORS)
                a = rng.randint(1, 300)
                cite['locator'] = fmt.format(a, a + rng.randint(1, 9))
            cites.append(cite)
        return cites

    def anchors(self, rng):
        if not self.grounding_ids or rng.random() >= 0.1:
            return []
        return rng.sample(self.grounding_ids, rng.randint(1, min(3, len(self.grounding_ids))))

    def statement(self, rng, template_st, sid, level):
        """A statement with the template's member order and new content."""
        out = {}
        for key in template_st:
            if key == 'id':
                out[key] = sid
            elif key == 'level':
                out[key] = level
            elif key == 'title':
                out[key] = capitalise(self.title_chain.sentence(rng))
            elif key == 'text':
                out[key] = self.text_chain.sentence(rng)
            elif key == 'citations':
                out[key] = self.citations(rng)
            elif key == 'anchors':
                out[key] = self.anchors(rng)
            else:
                out[key] = template_st[key]
        return out

    def section(self, rng, index, counts):
        """Section @index of the template with @counts statements per level."""
        sec = self.template['sections'][index]
        prefix, _ = self.section_shapes[index]
        statements = []
        for level in self.scales[sec['scale']]:
            width = max(2, len(str(counts[level])))
            for n in range(1, counts[level] + 1):
                template_st = sec['statements'][len(statements) % len(sec['statements'])]
                sid = '%s-%s-%0*d' % (prefix, level, width, n)
                statements.append(self.statement(rng, template_st, sid, level))
        out = {}
        for key in sec:
            out[key] = statements if key == 'statements' else sec[key]
        return out

    def vary_number(self, rng, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return value
        if isinstance(value, int):
            return max(0, int(value * rng.uniform(0.5, 1.5)))
        decimals = len(repr(value).split('.')[-1]) if '.' in repr(value) else 1
        while True:
            v = round(value * rng.uniform(0.5, 1.5), decimals)
            # An integral float would be written "3.0" by Python and "3" by
            # Skillframe: keep every generated double non-integral.
            if v != int(v):
                return v

    def evidence(self, rng):
        groups = []
        for group in self.template['evidence']:
            g = dict(group)
            g['figures'] = []
            for fig in group['figures']:
                f = dict(fig)
                f['value'] = self.vary_number(rng, fig['value'])
                g['figures'].append(f)
            groups.append(g)
        return groups

    def onet(self, rng):
        onet = dict(self.template['onet'])
        anchors = []
        for anchor in self.template['onet']['anchors']:
            a = dict(anchor)
            if a['kind'] == 'task':
                a['name'] = capitalise(self.task_chain.sentence(rng)) + '.'
            anchors.append(a)
        onet['anchors'] = anchors
        return onet

    def framework(self, rng, soc_code, title, sections):
        t = self.template
        out = {}
        for key in t:
            if key == 'id':
                out[key] = soc_code
            elif key == 'occupation':
                occ = {}
                zone = rng.randint(1, 5)
                for k in t['occupation']:
                    if k == 'title':
                        occ[k] = title
                    elif k == 'soc_code':
                        occ[k] = soc_code
                    elif k == 'job_zone':
                        occ[k] = zone
                    elif k == 'job_zone_name':
                        occ[k] = JOB_ZONE_NAMES[zone]
                    elif k == 'context':
                        occ[k] = ('This framework covers settings where %s work: %s.'
                                  % (title.lower(), self.text_chain.sentence(rng, 24)))
                    else:
                        occ[k] = t['occupation'][k]
                out[key] = occ
            elif key == 'sections':
                out[key] = sections
            elif key == 'evidence':
                out[key] = self.evidence(rng)
            elif key == 'onet':
                out[key] = self.onet(rng)
            elif key == 'status':
                out[key] = rng.choice(['draft', 'in-review', 'published'])
            else:
                out[key] = t[key]
        return out


def canonical(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + '\n'


def write(path, doc):
    data = canonical(doc).encode('utf-8')
    tmp = path + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(data)
    os.replace(tmp, path)
    return len(data)


def slug(text):
    return re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')


def occupations(rng, count):
    titles = ['%s %s %s' % (q, d, r)
              for q in TITLE_QUALIFIERS for d in TITLE_DOMAINS for r in TITLE_ROLES]
    if count > len(titles):
        sys.exit('gen-corpus.py: at most %d occupations' % len(titles))
    titles = rng.sample(titles, count)
    codes = set()
    while len(codes) < count:
        codes.add('%02d-%04d.%02d' % (rng.choice(SOC_MAJOR_GROUPS), rng.randint(1000, 9199),
                                      0 if rng.random() < 0.8 else rng.randint(1, 9)))
    return list(zip(sorted(codes), titles))


def cmd_corpus(gen, args):
    os.makedirs(args.outdir, exist_ok=True)
    for name in os.listdir(args.outdir):
        if name.endswith('.json'):
            os.unlink(os.path.join(args.outdir, name))
    rng = random.Random('corpus:%d' % args.seed)
    total = 0
    statements = 0
    for i, (soc_code, title) in enumerate(occupations(rng, args.count)):
        # One generator stream per file: a file's content does not depend on
        # how many files came before it.
        frng = random.Random('corpus:%d:%s' % (args.seed, soc_code))
        sections = []
        for index, (_, per_level) in enumerate(gen.section_shapes):
            counts = {lv: max(1, n + frng.randint(-1, 1)) for lv, n in per_level.items()}
            sections.append(gen.section(frng, index, counts))
        statements += sum(len(s['statements']) for s in sections)
        doc = gen.framework(frng, soc_code, title, sections)
        total += write(os.path.join(args.outdir, '%04d-%s.json' % (i + 1, slug(title))), doc)
        if (i + 1) % 100 == 0:
            print('gen-corpus: %d/%d frameworks' % (i + 1, args.count), file=sys.stderr)
    print('gen-corpus: %s: %d frameworks, %d statements, %.1f MB'
          % (args.outdir, args.count, statements, total / 1e6), file=sys.stderr)


def cmd_big(gen, args):
    rng = random.Random('big:%d' % args.seed)
    shapes = gen.section_shapes
    seed_total = sum(sum(pl.values()) for _, pl in shapes)
    # Spread the statements over the sections and their levels in the
    # template's proportions; the rounding rest goes to the first ones.
    cells = [(i, lv, n) for i, (_, pl) in enumerate(shapes) for lv, n in pl.items()]
    counts = [n * args.statements // seed_total for _, _, n in cells]
    for k in range(args.statements - sum(counts)):
        counts[k % len(counts)] += 1
    sections = []
    for index in range(len(shapes)):
        per_level = {lv: c for (i, lv, _), c in zip(cells, counts) if i == index}
        sections.append(gen.section(rng, index, per_level))
    t = gen.template
    doc = gen.framework(rng, t['occupation']['soc_code'], t['occupation']['title'], sections)
    n = sum(len(s['statements']) for s in sections)
    size = write(args.out, doc)
    print('gen-corpus: %s: %d statements, %.1f MB' % (args.out, n, size / 1e6), file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--template', default=DEFAULT_TEMPLATE,
                        help='the framework to imitate (default: the seed)')
    parser.add_argument('--seed', type=int, default=1, help='random seed (default 1)')
    sub = parser.add_subparsers(dest='command', required=True)
    p = sub.add_parser('corpus', help='many seed-sized frameworks')
    p.add_argument('outdir')
    p.add_argument('--count', type=int, default=1000)
    p = sub.add_parser('big', help='one framework with many statements')
    p.add_argument('out')
    p.add_argument('--statements', type=int, default=10000)
    # Also accept --seed and --template after the command.
    for p in sub.choices.values():
        p.add_argument('--seed', type=int, default=argparse.SUPPRESS)
        p.add_argument('--template', default=argparse.SUPPRESS)
    args = parser.parse_args()

    with open(args.template, encoding='utf-8') as f:
        template = json.load(f)
    gen = Generator(template)
    if args.command == 'corpus':
        cmd_corpus(gen, args)
    else:
        cmd_big(gen, args)


if __name__ == '__main__':
    main()
