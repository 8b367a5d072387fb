/**
 * States Parties to the Rome Statute of the International Criminal Court, with the day the Statute entered
 * into force for each, withdrawals (with the day they took effect) and declarations accepting the Court's
 * jurisdiction under art. 12(3) by States that were not (yet) parties.
 *
 * Source: the ICC Assembly of States Parties list "The States Parties to the Rome Statute"
 * (asp.icc-cpi.int/states-parties) and the UN Treaty Collection, chapter XVIII.10 (depositary notifications).
 * Table checked on 2026-11-23 against those sources as recalled by the team; it was NOT re-read line by line
 * from the live pages on that day, so before a briefing is used for legal action, check the country's entry
 * against the ASP page. Known uncertainties are marked "unsure" below rather than guessed.
 *
 * How the dates were derived: for the 60 first ratifications the Statute entered into force on 1 July 2002
 * (art. 126(1)); for every later one, on the first day of the month after the 60th day following the deposit
 * (art. 126(2)). A withdrawal takes effect one year after the notification (art. 127(1)) and does not discharge
 * the State from crimes committed while it was a party (art. 127(2)).
 *
 * Not in the table on purpose: Malaysia deposited an instrument of accession on 4 March 2019 and withdrew it on
 * 29 April 2019, before it could take effect, so it never became a party.
 */

/** A State's relationship with the Rome Statute. Dates are YYYY-MM-DD. */
export interface IccStateRecord {
  iso3: string;
  /** The day the Statute entered into force for the State (it can try crimes committed from then on). */
  inForce: string;
  /** The day a withdrawal took (or will take) effect; absent when the State never withdrew. */
  withdrawalEffective?: string;
}

/** An art. 12(3) declaration: a non-party State accepting the Court's jurisdiction for a period. */
export interface Article12_3Declaration {
  iso3: string;
  lodged: string;
  /** First day of the crimes the declaration covers. */
  coversFrom: string;
  /** Last day covered; absent when open-ended (until the State became a party). */
  coversTo?: string;
}

/** A Security Council referral under art. 13(b): the Court may act whatever the State's status. */
export interface SecurityCouncilReferral {
  iso3: string;
  resolution: string;
  adopted: string;
  /** What the referral covers, in both languages. */
  situation: { en: string; es: string };
  coversFrom: string;
}

const ORIGINAL = '2002-07-01';

const p = (iso3: string, inForce: string, withdrawalEffective?: string): IccStateRecord =>
  withdrawalEffective ? { iso3, inForce, withdrawalEffective } : { iso3, inForce };

/** 125 States Parties as of the check date, plus the two that withdrew (Burundi, Philippines). */
export const ICC_STATES: readonly IccStateRecord[] = [
  // African States
  p('BEN', ORIGINAL),
  p('BWA', ORIGINAL),
  p('BFA', '2004-07-01'),
  p('BDI', '2004-12-01', '2017-10-27'), // withdrawal notified 27 Oct 2016
  p('CPV', '2012-01-01'),
  p('CAF', ORIGINAL),
  p('TCD', '2007-01-01'),
  p('COM', '2006-11-01'),
  p('COG', '2004-08-01'),
  p('CIV', '2013-05-01'),
  p('COD', ORIGINAL),
  p('DJI', '2003-02-01'),
  p('GAB', ORIGINAL),
  p('GMB', '2002-09-01'),
  p('GHA', ORIGINAL),
  p('GIN', '2003-10-01'),
  p('KEN', '2005-06-01'),
  p('LSO', ORIGINAL),
  p('LBR', '2004-12-01'),
  p('MDG', '2008-06-01'),
  p('MWI', '2002-12-01'),
  p('MLI', ORIGINAL),
  p('MUS', ORIGINAL),
  p('NAM', '2002-09-01'),
  p('NER', ORIGINAL),
  p('NGA', ORIGINAL),
  p('SEN', ORIGINAL),
  p('SYC', '2010-11-01'),
  p('SLE', ORIGINAL),
  p('ZAF', ORIGINAL),
  p('TUN', '2011-09-01'),
  p('UGA', '2002-09-01'),
  p('TZA', '2002-11-01'),
  p('ZMB', '2003-02-01'),
  // Asia-Pacific States
  p('AFG', '2003-05-01'),
  p('BGD', '2010-06-01'),
  p('KHM', ORIGINAL),
  p('COK', '2008-10-01'),
  p('CYP', ORIGINAL),
  p('FJI', ORIGINAL),
  p('JPN', '2007-10-01'),
  p('JOR', ORIGINAL),
  p('KIR', '2020-02-01'),
  p('MDV', '2011-12-01'),
  p('MHL', ORIGINAL),
  p('MNG', ORIGINAL),
  p('NRU', ORIGINAL),
  p('PSE', '2015-04-01'),
  p('PHL', '2011-11-01', '2019-03-17'), // withdrawal notified 17 Mar 2018
  p('KOR', '2003-02-01'),
  p('WSM', '2002-12-01'),
  p('TJK', ORIGINAL),
  p('TLS', '2002-12-01'),
  p('VUT', '2012-02-01'),
  // Eastern European States
  p('ALB', '2003-05-01'),
  p('ARM', '2024-02-01'),
  p('BIH', ORIGINAL),
  p('BGR', ORIGINAL),
  p('HRV', ORIGINAL),
  p('CZE', '2009-10-01'),
  p('EST', ORIGINAL),
  p('GEO', '2003-12-01'),
  p('HUN', ORIGINAL, '2026-06-02'), // withdrawal notified 2 June 2025
  p('LVA', '2002-09-01'),
  p('LTU', '2003-08-01'),
  // unsure: Montenegro succeeded to the Statute (notified 23 Oct 2006) with effect from its independence,
  // 3 June 2006; the ASP list gives the succession date. Check before relying on the exact day.
  p('MNE', '2006-06-03'),
  p('MKD', ORIGINAL),
  p('MDA', '2011-01-01'),
  p('POL', ORIGINAL),
  p('ROU', ORIGINAL),
  p('SRB', ORIGINAL), // ratified as the Federal Republic of Yugoslavia
  p('SVK', ORIGINAL),
  p('SVN', ORIGINAL),
  p('UKR', '2025-01-01'),
  // Latin American and Caribbean States
  p('ATG', ORIGINAL),
  p('ARG', ORIGINAL),
  p('BRB', '2003-03-01'),
  p('BLZ', ORIGINAL),
  p('BOL', '2002-09-01'),
  p('BRA', '2002-09-01'),
  p('CHL', '2009-09-01'),
  p('COL', '2002-11-01'), // its art. 124 declaration kept war crimes out of jurisdiction until 1 Nov 2009
  p('CRI', ORIGINAL),
  p('DMA', ORIGINAL),
  p('DOM', '2005-08-01'),
  p('ECU', ORIGINAL),
  p('SLV', '2016-06-01'),
  p('GRD', '2011-08-01'),
  p('GTM', '2012-07-01'),
  p('GUY', '2004-12-01'),
  p('HND', '2002-09-01'),
  p('MEX', '2006-01-01'),
  p('PAN', ORIGINAL),
  p('PRY', ORIGINAL),
  p('PER', ORIGINAL),
  p('KNA', '2006-11-01'),
  p('LCA', '2010-11-01'),
  p('VCT', '2003-03-01'),
  p('SUR', '2008-10-01'),
  p('TTO', ORIGINAL),
  p('URY', '2002-09-01'),
  p('VEN', ORIGINAL),
  // Western European and other States
  p('AND', ORIGINAL),
  p('AUS', '2002-09-01'),
  p('AUT', ORIGINAL),
  p('BEL', ORIGINAL),
  p('CAN', ORIGINAL),
  p('DNK', ORIGINAL),
  p('FIN', ORIGINAL),
  p('FRA', ORIGINAL), // its art. 124 declaration kept war crimes out of jurisdiction until 2009
  p('DEU', ORIGINAL),
  p('GRC', '2002-08-01'),
  p('ISL', ORIGINAL),
  p('IRL', ORIGINAL),
  p('ITA', ORIGINAL),
  p('LIE', ORIGINAL),
  p('LUX', ORIGINAL),
  p('MLT', '2003-03-01'),
  p('NLD', ORIGINAL),
  p('NZL', ORIGINAL),
  p('NOR', ORIGINAL),
  p('PRT', ORIGINAL),
  p('SMR', ORIGINAL),
  p('ESP', ORIGINAL),
  p('SWE', ORIGINAL),
  p('CHE', ORIGINAL),
  p('GBR', ORIGINAL),
];

/** Art. 12(3) declarations by States that were not parties when they lodged them. */
export const ARTICLE_12_3_DECLARATIONS: readonly Article12_3Declaration[] = [
  // Côte d'Ivoire: declaration of 18 April 2003, confirmed in 2010 and 2011; then party from 1 May 2013.
  { iso3: 'CIV', lodged: '2003-04-18', coversFrom: '2002-09-19', coversTo: '2013-04-30' },
  // Ukraine: two declarations (events of 21 Nov 2013–22 Feb 2014, then from 20 Feb 2014 onwards); party from
  // 1 Jan 2025.
  { iso3: 'UKR', lodged: '2014-04-17', coversFrom: '2013-11-21', coversTo: '2014-02-22' },
  { iso3: 'UKR', lodged: '2015-09-08', coversFrom: '2014-02-20', coversTo: '2024-12-31' },
  // Palestine: declaration of 1 Jan 2015 covering crimes from 13 June 2014; party from 1 April 2015.
  { iso3: 'PSE', lodged: '2015-01-01', coversFrom: '2014-06-13', coversTo: '2015-03-31' },
];

/** Security Council referrals (art. 13(b)). */
export const SECURITY_COUNCIL_REFERRALS: readonly SecurityCouncilReferral[] = [
  {
    iso3: 'SDN',
    resolution: '1593 (2005)',
    adopted: '2005-03-31',
    situation: { en: 'the situation in Darfur', es: 'la situación en Darfur' },
    coversFrom: ORIGINAL,
  },
  {
    iso3: 'LBY',
    resolution: '1970 (2011)',
    adopted: '2011-02-26',
    situation: { en: 'the situation in Libya', es: 'la situación en Libia' },
    coversFrom: '2011-02-15',
  },
];

/** Where the table comes from and when it was checked, for the briefing's method note. */
export const ICC_TABLE_SOURCE = {
  name: 'ICC Assembly of States Parties, "The States Parties to the Rome Statute"',
  url: 'https://asp.icc-cpi.int/states-parties',
  checked: '2026-11-23',
} as const;

/**
 * - `party`: the Statute is in force for the State on the day.
 * - `withdrawing`: still a party on the day, but its withdrawal will take effect later.
 * - `former_party`: it withdrew; crimes from its years as a party stay within jurisdiction (art. 127(2)).
 * - `not_party`: never a party (a 12(3) declaration or a referral may still give jurisdiction).
 */
export type IccStatus = 'party' | 'withdrawing' | 'former_party' | 'not_party';

export interface IccStanding {
  iso3: string;
  status: IccStatus;
  record: IccStateRecord | null;
  declarations: readonly Article12_3Declaration[];
  referrals: readonly SecurityCouncilReferral[];
}

const BY_ISO3 = new Map(ICC_STATES.map((s) => [s.iso3, s]));

/** The State's standing before the Court on `day` (YYYY-MM-DD). */
export function iccStanding(iso3: string, day: string): IccStanding {
  const code = iso3.toUpperCase();
  const record = BY_ISO3.get(code) ?? null;
  let status: IccStatus = 'not_party';
  if (record && record.inForce <= day) {
    if (!record.withdrawalEffective) status = 'party';
    else status = day < record.withdrawalEffective ? 'withdrawing' : 'former_party';
  }
  return {
    iso3: code,
    status,
    record,
    declarations: ARTICLE_12_3_DECLARATIONS.filter((d) => d.iso3 === code),
    referrals: SECURITY_COUNCIL_REFERRALS.filter((r) => r.iso3 === code),
  };
}
