import { describe, expect, it } from 'vitest';
import {
  describeLegalBasis,
  formatLegalBasis,
  isProvisionCode,
  legalBasisTitle,
} from '../../../web/src/charts/legal-basis.ts';

describe('formatLegalBasis', () => {
  it('writes a provision as people cite it', () => {
    expect(formatLegalBasis('7(1)(i)')).toBe('Art. 7(1)(i)');
    expect(formatLegalBasis('6(a)')).toBe('Art. 6(a)');
    expect(formatLegalBasis('8(2)(b)(xxvi)')).toBe('Art. 8(2)(b)(xxvi)');
    expect(formatLegalBasis('25(3)(e)')).toBe('Art. 25(3)(e)');
    expect(formatLegalBasis('7')).toBe('Art. 7');
  });

  it('leaves anything that is not a provision code as it is', () => {
    for (const odd of ['', 'Art. 7(1)(i)', '7 (1)(i)', '7(1)(I)', '07(1)', 'Geneva CA3', '7(1)(i']) {
      expect(isProvisionCode(odd), odd).toBe(false);
      expect(formatLegalBasis(odd)).toBe(odd);
    }
  });
});

describe('describeLegalBasis', () => {
  it('spells the provision out with the act it defines, in the language asked for', () => {
    expect(describeLegalBasis('7(1)(i)', 'en')).toBe(
      'Rome Statute, article 7(1)(i): Enforced disappearance of persons',
    );
    expect(describeLegalBasis('7(1)(i)', 'es')).toBe(
      'Estatuto de Roma, artículo 7(1)(i): Desaparición forzada de personas',
    );
    expect(legalBasisTitle('6(a)', 'es')).toBe('Matanza de miembros del grupo');
  });

  it('omits the title of a provision the catalog does not list', () => {
    expect(describeLegalBasis('7(3)', 'en')).toBe('Rome Statute, article 7(3)');
    expect(legalBasisTitle('7(3)', 'en')).toBeUndefined();
  });
});
