import { describe, expect, it } from 'vitest';
import { catalog } from '../../indicators/catalog.ts';
import { crimeExamples } from './examples/crimes.ts';
import { frameworkCommonExamples } from './examples/framework-common.ts';
import { frameworkSpecificExamples } from './examples/framework-specific.ts';
import { nearMisses } from './examples/near-misses.ts';
import { ruleExamples } from './examples/rule-additions.ts';
import { warCrimeExamples } from './examples/war-crimes.ts';
import { anyRuleFires } from './reference-matcher.ts';

const examples = {
  ...crimeExamples,
  ...warCrimeExamples,
  ...frameworkCommonExamples,
  ...frameworkSpecificExamples,
};
const byId = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));

describe('catalog rules on report prose', () => {
  it('has an English and a Spanish example for every indicator, and none for unknown ids', () => {
    expect(Object.keys(examples).sort()).toEqual([...byId.keys()].sort());
  });

  for (const indicator of catalog.indicators) {
    it(`${indicator.id} fires on its examples in both languages`, () => {
      const example = examples[indicator.id];
      expect(example, indicator.id).toBeDefined();
      expect(anyRuleFires(indicator.rules.en, example?.en ?? ''), example?.en).toBe(true);
      expect(anyRuleFires(indicator.rules.es, example?.es ?? ''), example?.es).toBe(true);
    });
  }

  for (const example of ruleExamples) {
    it(`${example.id} fires on the examples of its rule for ${example.rule}`, () => {
      const indicator = byId.get(example.id);
      expect(indicator, example.id).toBeDefined();
      expect(anyRuleFires(indicator?.rules.en ?? [], example.en), example.en).toBe(true);
      expect(anyRuleFires(indicator?.rules.es ?? [], example.es), example.es).toBe(true);
    });
  }

  for (const miss of nearMisses) {
    it(`does not mistake "${miss.text}" for ${miss.notFor.join(', ')}`, () => {
      for (const id of miss.notFor) {
        const indicator = byId.get(id);
        expect(indicator, id).toBeDefined();
        expect(anyRuleFires(indicator?.rules[miss.lang] ?? [], miss.text), id).toBe(false);
      }
    });
  }
});
