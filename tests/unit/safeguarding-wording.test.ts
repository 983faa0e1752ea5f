import { describe, expect, it } from 'vitest';
import { safeguardingWording } from '../helpers/safeguarding';

describe('what the handbook says about confidentiality keeps law, policy and choice apart', () => {
  it.each([
    ['a policy called a legal duty', 'The exceptions are a risk to someone’s safety or a legal duty on the organisation, such as under its harassment policy.', 1],
    ['the same, over two lines of YAML', 'The exceptions are a risk to safety or a legal\n    duty under the harassment policy. Then he tells you.', 1],
    ['harassment as a duty to report', 'Some things cannot stay confidential: anything you have a legal or professional duty to report, such as harassment.', 1],
    ['harassment, the other way round', 'Harassment is something staff have a duty to report.', 1],
    ['law and policy kept apart', 'Nothing happens without your agreement, except where the law or the organisation’s policy requires the contact to act.', 0],
    ['a policy alone', 'Your organisation’s harassment policy says how to make a formal complaint.', 0],
    ['harassment, and the person decides', 'If you are harassed, you decide what happens next; the contact can explain the routes.', 0],
  ])('%s', (_, text, problems) => {
    expect(safeguardingWording(text)).toHaveLength(problems);
  });

  it('names the line where the sentence starts', () => {
    const [p] = safeguardingWording('First line.\n\nSecond paragraph. Then a legal duty under its harassment policy applies.');
    expect(p).toMatchObject({ line: 3, sentence: 'Then a legal duty under its harassment policy applies.' });
  });
});
