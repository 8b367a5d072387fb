import { describe, expect, it } from 'vitest';
import { ICC_STATES, iccStanding } from '../../indicators/icc-states-parties.ts';

/** States for which the Statute is in force on `day` (a withdrawing State is still a party until it leaves). */
const partiesOn = (day: string) =>
  ICC_STATES.filter((s) => ['party', 'withdrawing'].includes(iccStanding(s.iso3, day).status)).length;

// The facts below were checked on 2026-11-23 against the pages named in the module's header.
describe('the States Parties table', () => {
  it('counts the parties the sources report at each change', () => {
    expect(partiesOn('2016-06-01')).toBe(124); // El Salvador, the 124th
    expect(partiesOn('2017-10-27')).toBe(123); // Burundi leaves
    expect(partiesOn('2019-03-17')).toBe(122); // the Philippines leave
    expect(partiesOn('2020-02-01')).toBe(123); // Kiribati, the 123rd
    expect(partiesOn('2024-02-01')).toBe(124); // Armenia
    expect(partiesOn('2025-01-01')).toBe(125); // Ukraine, the 125th
    expect(partiesOn('2025-06-30')).toBe(125); // "As of June 2025, there are 125 states parties"
  });

  it('keeps Burundi and the Philippines as parties until their withdrawals took effect, and not after', () => {
    expect(iccStanding('BDI', '2004-11-30').status).toBe('not_party');
    expect(iccStanding('BDI', '2010-01-01').status).toBe('party');
    expect(iccStanding('BDI', '2016-10-27').status).toBe('withdrawing');
    expect(iccStanding('BDI', '2017-10-26').status).toBe('withdrawing');
    expect(iccStanding('BDI', '2017-10-27').status).toBe('former_party');
    expect(iccStanding('PHL', '2011-11-01').status).toBe('party');
    expect(iccStanding('PHL', '2018-03-16').status).toBe('party');
    expect(iccStanding('PHL', '2018-03-17').status).toBe('withdrawing');
    expect(iccStanding('PHL', '2019-03-16').status).toBe('withdrawing');
    expect(iccStanding('PHL', '2026-11-23').status).toBe('former_party');
  });

  it('starts Ukraine on 1 January 2025 and Armenia on 1 February 2024', () => {
    expect(iccStanding('UKR', '2024-12-31').status).toBe('not_party');
    expect(iccStanding('UKR', '2025-01-01').status).toBe('party');
    expect(iccStanding('ARM', '2024-01-31').status).toBe('not_party');
    expect(iccStanding('ARM', '2024-02-01').status).toBe('party');
  });

  it('starts Malta on 1 February 2003, the first of the month after 60 days from its deposit', () => {
    expect(iccStanding('MLT', '2003-01-31').status).toBe('not_party');
    expect(iccStanding('MLT', '2003-02-01').status).toBe('party');
  });

  it('never counts Malaysia, whose accession was withdrawn before it took effect', () => {
    for (const day of ['2019-03-04', '2019-06-01', '2026-11-23']) {
      expect(iccStanding('MYS', day)).toMatchObject({ status: 'not_party', record: null });
    }
  });

  it("lists Ukraine's two declarations and Libya's declaration beside the Council's referral", () => {
    expect(iccStanding('UKR', '2024-12-31').declarations.map((d) => d.lodged)).toEqual([
      '2014-04-17',
      '2015-09-08',
    ]);
    expect(iccStanding('LBY', '2026-01-01')).toMatchObject({
      status: 'not_party',
      declarations: [{ lodged: '2025-05-12' }],
      referrals: [{ resolution: '1970 (2011)', coversFrom: '2011-02-15' }],
    });
    expect(iccStanding('SDN', '2026-01-01').referrals).toMatchObject([{ resolution: '1593 (2005)' }]);
  });
});
