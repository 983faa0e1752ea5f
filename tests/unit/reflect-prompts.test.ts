import { describe, expect, it } from 'vitest';
import { reflectProblems } from '../../src/lib/checklists/reflect';

// Every <Reflect> prompt in a handbook is checked with this rule when its content loads (tests/unit/content-schema.test.ts).
describe('reflectProblems', () => {
  const pair = ['mentor', 'mentee'];
  it('accepts a checklist for the guide’s whole audience', () => {
    expect(reflectProblems({ checklist: 'x', checklistAudience: pair, guideAudience: pair })).toEqual([]);
  });
  it('refuses a mentors’ checklist for a coordinators’ guide', () => {
    expect(reflectProblems({ checklist: 'mentor-self-reflection', checklistAudience: ['mentor'], guideAudience: ['coordinator'] })).toEqual([
      'the checklist “mentor-self-reflection” is for mentors, not for coordinators: link a checklist for them, or say who the prompt is for with readers="…"',
    ]);
  });
  it('accepts readers narrower than the guide, if the checklist is for them', () => {
    expect(reflectProblems({ checklist: 'x', checklistAudience: pair, readers: 'mentor, mentee', guideAudience: [...pair, 'coordinator'] })).toEqual([]);
    expect(reflectProblems({ checklist: 'x', checklistAudience: ['mentee'], readers: 'mentor', guideAudience: pair })).toHaveLength(1);
  });
  it('refuses readers outside the guide’s audience, and unknown readers', () => {
    expect(reflectProblems({ checklist: 'x', checklistAudience: ['coordinator'], readers: 'coordinator', guideAudience: pair })).toHaveLength(1);
    expect(reflectProblems({ checklist: 'x', checklistAudience: pair, readers: 'mentors', guideAudience: pair })[0]).toMatch(/not one of mentor, mentee, coordinator/);
  });
});
