import { describe, expect, it } from 'vitest';
import { matchRoute, safeNext } from '../../web/src/router/routes.ts';

describe('matchRoute', () => {
  it.each([
    ['/', 'overview', {}],
    ['/login', 'login', {}],
    ['/countries/SDN', 'country', { iso3: 'SDN' }],
    ['/compare', 'compare', {}],
    ['/reports', 'reports', {}],
    ['/reports/7f3c', 'report', { id: '7f3c' }],
    ['/ingest', 'ingest', {}],
    ['/alerts', 'alerts', {}],
    ['/alerts/12', 'alert', { id: '12' }],
    ['/thresholds', 'thresholds', {}],
    ['/briefings', 'briefings', {}],
    ['/settings', 'settings', {}],
  ])('maps %s to the %s page', (path, name, params) => {
    expect(matchRoute(path)).toEqual({ name, params });
  });

  it('treats a trailing slash as the same page', () => {
    expect(matchRoute('/alerts/').name).toBe('alerts');
  });

  it('decodes parameters, and answers notFound for malformed ones or unknown paths', () => {
    expect(matchRoute('/reports/a%20b').params).toEqual({ id: 'a b' });
    expect(matchRoute('/reports/%E0').name).toBe('notFound');
    expect(matchRoute('/countries').name).toBe('notFound');
    expect(matchRoute('/reports/1/extra').name).toBe('notFound');
  });
});

describe('safeNext', () => {
  it('keeps same-origin paths with their query', () => {
    expect(safeNext('/compare?countries=SDN,MMR')).toBe('/compare?countries=SDN,MMR');
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'settings',
    '/login?next=/',
  ])('refuses %j and goes to the overview instead', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});
