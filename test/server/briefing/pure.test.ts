import { describe, expect, it } from 'vitest';
import { allCountries } from '../../../indicators/countries.ts';
import { ICC_STATES, iccStanding } from '../../../indicators/icc-states-parties.ts';
import { actionsFor, LEADER_ACTIONS } from '../../../indicators/leader-actions.ts';
import { buildBriefing, SMS_MAX } from '../../../server/briefing/briefing-model.ts';
import { createRedactor, foldName } from '../../../server/briefing/redact.ts';
import { trendGeometry } from '../../../server/briefing/trend-path.ts';
import { FACTS } from './briefing-facts.ts';

describe('redaction', () => {
  it('folds case, accents and spacing', () => {
    expect(foldName('  José   PÉREZ ')).toBe('jose perez');
  });

  it('replaces every spelling of a name on word boundaries and counts the replacements', () => {
    const r = createRedactor([{ name: 'José Pérez', replacement: '[name withheld]' }]);
    expect(r.apply('JOSE PEREZ met josé  pérez; José Pérez-Ruiz too. Josée Pérez stays.')).toBe(
      '[name withheld] met [name withheld]; [name withheld]-Ruiz too. Josée Pérez stays.',
    );
    expect(r.count).toBe(3);
  });

  it('replaces the longer of two overlapping names whole', () => {
    const r = createRedactor([
      { name: 'Ana', replacement: '[x]' },
      { name: 'Ana María Gómez', replacement: '[x]' },
    ]);
    expect(r.apply('Ana María Gómez and Ana')).toBe('[x] and [x]');
  });
});

describe('trend geometry', () => {
  it('maps the period to the plot and the score to 0–100, with four level bands', () => {
    const g = trendGeometry(
      [
        { date: '2026-01-01', score: 0 },
        { date: '2026-12-31', score: 100 },
      ],
      { from: '2026-01-01', to: '2026-12-31' },
      { width: 500, height: 200 },
    );
    expect(g.line).toBe(`M${g.plot.left},${g.plot.bottom}L${g.plot.right},${g.plot.top}`);
    expect(g.bands.map((b) => b.level)).toEqual(['low', 'moderate', 'high', 'very_high']);
    expect(g.bands.reduce((h, b) => h + b.height, 0)).toBeCloseTo(g.plot.bottom - g.plot.top, 1);
    expect(g.xTicks.every((t) => t.x >= g.plot.left && t.x <= g.plot.right)).toBe(true);
  });

  it('draws nothing for an empty series', () => {
    const g = trendGeometry([], { from: '2026-01-01', to: '2026-02-01' }, { width: 300, height: 100 });
    expect(g.line).toBe('');
    expect(g.last).toBeNull();
  });
});

describe('the States Parties table', () => {
  it('has 125 parties on the check date and known codes only, once each', () => {
    const codes = new Set(allCountries().map((c) => c.iso3));
    expect(ICC_STATES.every((s) => codes.has(s.iso3))).toBe(true);
    expect(new Set(ICC_STATES.map((s) => s.iso3)).size).toBe(ICC_STATES.length);
    const parties = ICC_STATES.filter((s) => iccStanding(s.iso3, '2026-11-23').status === 'party');
    expect(parties.length).toBe(124); // 125 less Hungary, whose withdrawal took effect on 2 June 2026
  });

  it('follows withdrawals and late accessions through time', () => {
    expect(iccStanding('BDI', '2017-10-26').status).toBe('withdrawing');
    expect(iccStanding('BDI', '2017-10-27').status).toBe('former_party');
    expect(iccStanding('PHL', '2019-03-17').status).toBe('former_party');
    expect(iccStanding('HUN', '2026-06-01').status).toBe('withdrawing');
    expect(iccStanding('HUN', '2026-06-02').status).toBe('former_party');
    expect(iccStanding('UKR', '2024-12-31').status).toBe('not_party');
    expect(iccStanding('UKR', '2024-12-31').declarations).toHaveLength(2);
    expect(iccStanding('UKR', '2025-01-01').status).toBe('party');
    expect(iccStanding('SDN', '2026-01-01')).toMatchObject({
      status: 'not_party',
      referrals: [{ resolution: '1593 (2005)' }],
    });
    expect(iccStanding('MYS', '2026-01-01').status).toBe('not_party');
  });
});

describe('leader actions', () => {
  it('has each action in both languages and chooses by the factors present, incitement first', () => {
    for (const a of LEADER_ACTIONS) expect(a.text.en && a.text.es && a.text.en !== a.text.es).toBeTruthy();
    expect(actionsFor([], false)).toEqual([]);
    const chosen = actionsFor(['RF14'], false);
    expect(chosen.map((a) => a.id)).toEqual(['demand-humanitarian-access', 'engage-international-partners']);
    expect(actionsFor(['RF1'], true, 1).map((a) => a.id)).toEqual([
      'speak-against-incitement',
      'train-on-incitement',
      'intergroup-dialogue',
    ]);
  });

  it("answers each of the Framework's incitement factors (7.14, 8.7, 10.1, 13.7) with the incitement actions", () => {
    for (const rf of ['RF7', 'RF8', 'RF10', 'RF13'] as const) {
      const ids = actionsFor([rf], false).map((a) => a.id);
      expect(ids, rf).toContain('speak-against-incitement');
      expect(ids, rf).toContain('monitor-and-report-incitement');
    }
  });
});

describe('the briefing model', () => {
  it('keeps the SMS within 480 characters even with very long names', () => {
    for (const lang of ['en', 'es'] as const) {
      const long = { ...FACTS, countryName: { en: 'X'.repeat(300), es: 'Y'.repeat(300) } };
      const doc = buildBriefing(long, { lang, variant: 'full', redactSources: true });
      expect(doc.sms.text.length).toBeLessThanOrEqual(SMS_MAX);
      const normal = buildBriefing(FACTS, { lang, variant: 'full', redactSources: true });
      expect(normal.sms.text.length).toBeLessThanOrEqual(SMS_MAX);
      expect(normal.sms.text).toMatch(lang === 'en' ? /VERY HIGH \(63\.1\/100/ : /MUY ALTO \(63,1\/100/);
    }
  });

  it('never calls the legal risk a finding, and withholds the marked name in quotes', () => {
    const doc = buildBriefing(FACTS, { lang: 'en', variant: 'full', redactSources: true });
    const all = JSON.stringify(doc);
    expect(all).toContain('Risk of genocide (Rome Statute, art. 6)');
    expect(all).not.toMatch(/genocide (was|has been) committed/i);
    expect(all).not.toContain('U Tun');
    expect(all).not.toContain('Border Monitor');
    expect(doc.protection).toContain('2 mentions');
    const open = buildBriefing(FACTS, { lang: 'en', variant: 'full', redactSources: false });
    expect(JSON.stringify(open)).toContain('U Tun');
    expect(JSON.stringify(open)).toContain('https://monitor.example.org/1');
  });
});
