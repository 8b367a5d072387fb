import { describe, expect, it } from 'vitest';
import { BacktestRequest, ThresholdInput } from '../../server/contract/alerts.ts';
import { type Threshold, thresholdInputOf } from '../../web/src/api/alerts.ts';
import {
  backtestRequestOf,
  draftOf,
  draftValue,
  inputOf,
  newDraft,
  withField,
} from '../../web/src/components/threshold-draft.ts';

const stored: Threshold = {
  id: '6f1d3c1e-3c55-4d0c-9a43-3c3f3c9b0a11',
  name: 'Sudan: fast RF10 rise',
  country: 'SDN',
  metric: 'RF10',
  kind: 'rise',
  value: 0.2,
  windowDays: 14,
  persistenceDays: 3,
  enabled: true,
  builtIn: false,
  createdBy: 'ana',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('the threshold draft', () => {
  it('starts as "any country reaches high" and becomes an input the contract accepts', () => {
    const input = inputOf(newDraft());
    expect(input).toEqual({
      country: null,
      metric: 'score',
      kind: 'level',
      value: 40,
      persistenceDays: 1,
      enabled: true,
    });
    expect(ThresholdInput.safeParse(input).success).toBe(true);
  });

  it('round-trips a stored threshold through the form unchanged', () => {
    const input = inputOf(draftOf(stored));
    expect(input).toEqual({
      name: 'Sudan: fast RF10 rise',
      country: 'SDN',
      metric: 'RF10',
      kind: 'rise',
      value: 0.2,
      windowDays: 14,
      persistenceDays: 3,
      enabled: true,
    });
    expect(ThresholdInput.safeParse(input).success).toBe(true);
    expect(thresholdInputOf(stored)).toEqual(input);
  });

  it('sends no window for a level (the contract refuses one) and none when left empty for a rise', () => {
    const level = withField(draftOf(stored), 'kind', 'level');
    expect(inputOf(level)).not.toHaveProperty('windowDays');
    expect(ThresholdInput.safeParse(inputOf(level)).success).toBe(true);
    const emptyWindow = withField(draftOf(stored), 'windowDays', ' ');
    expect(inputOf(emptyWindow)).not.toHaveProperty('windowDays');
  });

  it('resets the value when the scale changes, so 40 never lands on a 0–1 factor', () => {
    const onFactor = withField(newDraft(), 'metric', 'RF10');
    expect(onFactor.value).toBe('0.5');
    expect(withField(onFactor, 'metric', 'genocide').value).toBe('0.5');
    expect(withField({ ...onFactor, kind: 'rise' }, 'metric', 'score').value).toBe('15');
    expect(withField({ ...newDraft(), value: '55' }, 'metric', 'score').value).toBe('55');
  });

  it('sends an empty or malformed value as null, so the server names the field', () => {
    const input = inputOf(withField(newDraft(), 'value', ''));
    expect(input.value).toBeNull();
    const parsed = ThresholdInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['value']);
    expect(JSON.parse(JSON.stringify(inputOf(withField(newDraft(), 'value', 'abc')))).value).toBeNull();
  });

  it('accepts a decimal comma, as Spanish speakers type it', () => {
    expect(inputOf(withField(withField(newDraft(), 'metric', 'RF10'), 'value', '0,35')).value).toBe(0.35);
    expect(draftValue({ ...newDraft(), value: '0,35' })).toBe(0.35);
    expect(draftValue({ ...newDraft(), value: '-2' })).toBeUndefined();
  });

  it('asks for a backtest of the same condition, without the name or the switch', () => {
    const request = backtestRequestOf(draftOf(stored), { from: '2023-03-01', to: '2026-03-01' });
    expect(request).toEqual({
      threshold: {
        country: 'SDN',
        metric: 'RF10',
        kind: 'rise',
        value: 0.2,
        windowDays: 14,
        persistenceDays: 3,
      },
      from: '2023-03-01',
      to: '2026-03-01',
    });
    expect(BacktestRequest.safeParse(request).success).toBe(true);
  });
});
