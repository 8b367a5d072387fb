import type { LanguagePack, NamedPhrase } from './language-pack.ts';
import type { Rng } from './prng.ts';

/**
 * A country's recurring cast: the places, armed actors and targeted group its reports keep coming back to.
 * Chosen once per country, so the demo reads as one story per country rather than a random collage.
 */
export interface Cast {
  places: readonly NamedPhrase[];
  actors: readonly string[];
  group: NamedPhrase;
}

export function pickCast(pack: LanguagePack, rng: Rng): Cast {
  const { fillers } = pack;
  return {
    places: rng.sample(fillers.places, 4),
    actors: rng.sample(fillers.actors, 3),
    group: rng.pick(fillers.groups),
  };
}

/** What one report is about: its main place, and how bad things are (figures grow with risk). */
export interface SentenceScene {
  cast: Cast;
  place: NamedPhrase;
  risk: number;
  /** Whether the main place has been named in full yet: after that, its short name reads better. */
  mentioned: boolean;
}

/** Rounds to two significant digits, as reported estimates are ("about 4,300 people", not 4,317). */
const roughly = (n: number) => {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
};

function slotValue(slot: string, pack: LanguagePack, scene: SentenceScene, rng: Rng): string {
  const { fillers } = pack;
  const { cast, place, risk } = scene;
  switch (slot) {
    case 'place':
      if (scene.mentioned) return place[0];
      scene.mentioned = true;
      return place[1];
    case 'town':
      return place[0];
    case 'place2': {
      const others = cast.places.filter((p) => p !== place);
      return rng.pick(others.length > 0 ? others : cast.places)[1];
    }
    case 'actors':
      return rng.pick(cast.actors);
    case 'group':
      return cast.group[1];
    case 'groupName':
      return cast.group[0];
    case 'official':
      return rng.pick(fillers.officials);
    case 'day':
      return rng.pick(fillers.days);
    case 'days':
      return rng.pick(fillers.durations);
    case 'few':
      return fillers.smallNumbers[rng.int(0, fillers.smallNumbers.length - 1)]!;
    case 'n':
      // Casualty figures: a handful at moderate risk, up to about a hundred at the peak of a crisis.
      return fillers.formatNumber(2 + Math.floor(Math.exp(rng.next() * (0.7 + 3.8 * risk))));
    case 'many':
      // Displacement and population figures: hundreds when calm, tens of thousands in a crisis.
      return fillers.formatNumber(roughly(10 ** rng.between(2.3, 2.6 + 2 * risk)));
    default:
      // A typo in a template must fail the tests, not put "{plcae}" in front of a user.
      throw new Error(`unknown template slot {${slot}}`);
  }
}

/** The template with its slots filled, its first letter capitalised and the language's grammar fixes applied. */
export function fillTemplate(template: string, pack: LanguagePack, scene: SentenceScene, rng: Rng): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, slot: string) => slotValue(slot, pack, scene, rng));
  const polished = pack.fillers.polish(filled);
  return polished.charAt(0).toUpperCase() + polished.slice(1);
}
