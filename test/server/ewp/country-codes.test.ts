import { describe, expect, it } from 'vitest';
import { isCountryCode } from '../../../indicators/countries.ts';
import {
  CCODE_TABLE,
  iso3ForCcode,
  KNOWN_NON_ISO3,
  UNMAPPED_STATES,
} from '../../../server/ewp/country-codes.ts';

// The 168 codes of the EWP's 2025 forecast files, and the five more its base data has (1934–2024), copied
// here so the test runs without shared/.
const FORECAST_CCODES = [
  2, 20, 40, 41, 42, 51, 52, 70, 90, 91, 92, 93, 94, 95, 100, 101, 110, 115, 130, 135, 140, 145, 150, 155,
  160, 165, 200, 205, 210, 211, 212, 220, 225, 230, 235, 255, 290, 305, 310, 316, 317, 325, 338, 339, 341,
  343, 344, 345, 346, 347, 349, 350, 352, 355, 359, 360, 365, 366, 367, 368, 369, 370, 371, 372, 373, 375,
  380, 385, 390, 402, 404, 411, 420, 432, 433, 434, 435, 436, 437, 438, 439, 450, 451, 452, 461, 471, 475,
  481, 482, 483, 484, 490, 500, 501, 510, 516, 517, 520, 522, 530, 531, 540, 541, 551, 552, 553, 560, 565,
  570, 571, 572, 580, 581, 590, 600, 615, 616, 620, 625, 626, 630, 640, 645, 651, 652, 660, 663, 666, 670,
  679, 690, 692, 694, 696, 698, 700, 701, 702, 703, 704, 705, 710, 712, 731, 732, 740, 750, 760, 770, 771,
  775, 780, 781, 790, 800, 811, 812, 816, 820, 830, 840, 850, 860, 900, 910, 920, 940, 950,
];
const BASE_DATA_ONLY_CCODES = [265, 315, 678, 680, 817];

describe('the G&W ccode → ISO3 table', () => {
  it('holds only codes isCountryCode accepts, apart from the listed exceptions', () => {
    const rejected = CCODE_TABLE.map(([, iso3]) => iso3).filter((iso3) => !isCountryCode(iso3));
    expect(new Set(rejected)).toEqual(new Set(KNOWN_NON_ISO3.keys()));
    expect([...KNOWN_NON_ISO3.keys()]).toEqual(['XKX']);
  });

  it('lists each code once, and never both as mapped and as unmapped', () => {
    const codes = CCODE_TABLE.map(([ccode]) => ccode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((ccode) => UNMAPPED_STATES.has(ccode))).toEqual([]);
    expect(codes.length).toBeGreaterThan(190);
  });

  it('maps every country of the 2025 forecasts, each to its own ISO3', () => {
    const iso3s = FORECAST_CCODES.map((ccode) => iso3ForCcode(ccode));
    expect(FORECAST_CCODES.filter((ccode) => iso3ForCcode(ccode) === undefined)).toEqual([]);
    expect(new Set(iso3s).size).toBe(168);
  });

  it('decides every code of the base data: mapped, or deliberately unmapped', () => {
    const undecided = [...FORECAST_CCODES, ...BASE_DATA_ONLY_CCODES].filter(
      (ccode) => iso3ForCcode(ccode) === undefined && !UNMAPPED_STATES.has(ccode),
    );
    expect(undecided).toEqual([]);
  });

  it('follows the EWP adjustments and the successor rule', () => {
    const cases: Array<[number, string | undefined]> = [
      [255, 'DEU'], // EWP Germany, 1934–2024
      [260, 'DEU'], // G&W German Federal Republic
      [265, undefined], // East Germany
      [315, undefined], // Czechoslovakia
      [316, 'CZE'],
      [317, 'SVK'],
      [340, 'SRB'],
      [345, 'SRB'], // EWP "Serbia", through Yugoslavia
      [347, 'XKX'], // Kosovo
      [365, 'RUS'],
      [484, 'COG'],
      [490, 'COD'],
      [511, 'TZA'], // Zanzibar, recoded to Tanzania by the EWP
      [625, 'SDN'],
      [626, 'SSD'],
      [678, 'YEM'],
      [679, 'YEM'],
      [680, undefined], // South Yemen
      [713, 'TWN'],
      [775, 'MMR'],
      [816, 'VNM'],
      [817, undefined], // South Vietnam
      [860, 'TLS'],
      [999, undefined],
    ];
    for (const [ccode, iso3] of cases) expect(iso3ForCcode(ccode), String(ccode)).toBe(iso3);
  });
});
