import type { Indicator } from '../../indicators/catalog-schema.ts';

/** A valid indicator, to be broken one field at a time by the schema tests. */
export function anIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'test-indicator',
    name: { en: 'Test indicator', es: 'Indicador de prueba' },
    description: { en: 'Civilians are killed.', es: 'Se asesina a civiles.' },
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity'],
    legalBasis: ['7(1)(a)'],
    framework: [],
    weight: 0.5,
    rules: {
      en: [{ all: [['killed', 'massacr*'], ['civilians']], none: ['heart attack'] }],
      es: [{ all: [['asesin*'], ['civiles']], window: 8 }],
    },
    ...overrides,
  };
}
