import { describe, expect, it } from 'vitest';
import { anyRuleFires, ruleFires, sentences, tokens } from './reference-matcher.ts';

// Pins the rule semantics the catalog is written against, for the lead's compiled scorer to match.
describe('reference matcher', () => {
  it('folds case and accents and splits on anything that is not a letter or digit', () => {
    expect(tokens('Niños-soldado ASESINADOS, l’ONU')).toEqual(['ninos', 'soldado', 'asesinados', 'l', 'onu']);
  });

  it('matches prefixes, whole words and consecutive phrases', () => {
    expect(ruleFires({ all: [['massacr*']] }, 'They massacred villagers.')).toBe(true);
    expect(ruleFires({ all: [['rape']] }, 'A rapid response team arrived.')).toBe(false);
    expect(ruleFires({ all: [['shot dead']] }, 'He was shot and later died.')).toBe(false);
    expect(ruleFires({ all: [['ninos soldado*']] }, 'Había niños soldados en el retén.')).toBe(true);
  });

  it('needs every group in the same sentence, and no term of none', () => {
    const rule = { all: [['attack*'], ['hospital']], none: ['heart attack'] };
    expect(ruleFires(rule, 'The hospital was attacked at dawn.')).toBe(true);
    expect(anyRuleFires([rule], 'The attack came at dawn. The hospital was full.')).toBe(false);
    expect(ruleFires(rule, 'He had a heart attack in the hospital.')).toBe(false);
  });

  it('with a window, needs the matched terms to start within that many tokens', () => {
    const rule = { all: [['recruit*'], ['children']], window: 3 };
    expect(ruleFires(rule, 'They recruited 40 children.')).toBe(true);
    expect(ruleFires(rule, 'They recruited teachers for the new school that serves children.')).toBe(false);
  });

  it('does not let one phrase satisfy two groups', () => {
    expect(ruleFires({ all: [['forcibly displaced'], ['displaced']] }, 'They were forcibly displaced.')).toBe(
      false,
    );
    expect(
      ruleFires({ all: [['forcibly displaced'], ['displaced']] }, 'The displaced were forcibly displaced.'),
    ).toBe(true);
  });

  it('splits sentences after full stops and at blank lines, not at single line breaks', () => {
    expect(sentences('One. Two!\n\nThree\nstill three')).toEqual(['One.', 'Two!', 'Three\nstill three']);
  });
});
