/**
 * The paired questionnaire's version 2 (id "reciprocity-2"), frozen as it was released, so that
 * assessments answered with it keep opening, printing and exporting after the questionnaire moved
 * on. It is not content to edit: stored answers mean what these statements meant. Its texts that
 * claimed more than the statements measure, and its overlapping stage labels, were corrected; the
 * statements are as they were. It is never trended or compared with the current questionnaire. Pure;
 * the tool loads this module only when such an assessment is opened.
 */
import type { Instrument } from './schema';

export const VERSION_2: Instrument = {
  id: 'reciprocity-2',
  title: 'Is this relationship two-way?',
  intro:
    'Each statement asks how often something happens in this one relationship: first what you do for your partner, then what your partner does for you. Answer for yourself, as the mentor or as the mentee. It takes about ten minutes, and your answers stay in your browser unless you choose to send them to your partner. An honest ‘rarely’ tells you both more than a polite ‘often’.',
  framing:
    'This is a conversation aid for the two of you, not a validated measure. Use it to choose what to talk about, not to grade the relationship or either of you, and not for a programme to compare pairs.',
  scale: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
  notApplicable: 'Not yet / does not apply',
  minimum: {
    dimensions: 4,
    behavioursEachWay: 2,
  },
  balanceThreshold: 15,
  trendThreshold: 10,
  comparison: {
    gap: 2,
  },
  safetyGuide: 'power-and-safety',
  stages: [
    {
      id: 'new',
      label: 'The first three months',
      expect: 'In the first three months many of these things have not had a chance to happen yet.',
      balanceNote: {
        mentor: {
          givesMore:
            'Early on, giving more than you get is normal while you learn about your mentee’s world. Watch for the first things they do for you, and tell them when it happens.',
          balanced: 'Getting something back this early is a good sign. Tell your mentee what you value, so it keeps happening.',
          receivesMore:
            'By your own answers, your mentee already does more for you than you do for them. Check that your sessions make time for what they came for.',
        },
        mentee: {
          givesMore:
            'By your own answers, you already put in more than you get back. That is not yours to fix by doing still more: tell your mentor what you hoped to get from the relationship, and if your time or work is being used without credit, read the guide on power and safety or talk to the contact for concerns.',
          balanced: 'Getting as much as you put in this early is a good start. Keep telling your mentor what helps.',
          receivesMore:
            'In the first few months you will probably receive more than you give, and that is expected. Look for one thing you can offer back, such as your view of how things work at your level.',
        },
      },
    },
    {
      id: 'first-year',
      label: 'Three months to a year',
      expect: 'By now many of these things can be happening at least sometimes, in both directions.',
      balanceNote: {
        mentor: {
          givesMore:
            'By now you should be getting something back, even if it is still less than you put in. If the gap is large, raise it at your next review.',
          balanced: 'Giving and getting in step within the first year is a good sign. Keep naming what each of you gains.',
          receivesMore: 'By your own answers, your mentee does more for you than you do for them. Ask what they need from you that they are not getting.',
        },
        mentee: {
          givesMore:
            'By your own answers, you put in more than you get back. That is not something to fix by doing still more: say what you need from your mentor, and if your time or work is being used without credit, read the guide on power and safety or talk to the contact for concerns.',
          balanced: 'What you put in and what you get are about level. Keep bringing your skills, your contacts and your honest view from the ground.',
          receivesMore:
            'You may still receive more than you give, but the gap should be closing. Bring your skills, your contacts and your honest view from the ground.',
        },
      },
    },
    {
      id: 'established',
      label: 'A year or longer',
      expect: 'After a year, most of these things should happen often, in both directions. A part that stays low at this stage is worth a frank conversation.',
      balanceNote: {
        mentor: {
          givesMore:
            'After a year, you should be getting something back. A mentor who gets little back at this stage is at risk of drifting away, so treat a big gap as something to talk about.',
          balanced: 'After a year, giving and getting are in step. Keep reviewing together, so it stays that way.',
          receivesMore:
            'By your own answers, your mentee now does more for you than you do for them. Ask whether the relationship still gives them what they need.',
        },
        mentee: {
          givesMore:
            'After a year, by your own answers, you still put in more than you get back. You do not owe more: talk to your mentor about what you need, and if it feels unfair or your work is taken without credit, read the guide on power and safety or talk to the contact for concerns.',
          balanced: 'After a year, you give as well as receive. Keep talking about what each of you gains.',
          receivesMore:
            'By now you should be giving as well as receiving. If you still mostly take, ask your mentor what would make the relationship more worthwhile for them.',
        },
      },
    },
  ],
  overall: {
    bands: [
      {
        id: 'needs-attention',
        label: 'Needs attention',
        min: 0,
        max: 49,
        meaning: 'On average these things happen less than sometimes. Pick the one or two parts marked below and talk about them at your next session.',
      },
      {
        id: 'developing',
        label: 'Developing',
        min: 50,
        max: 74,
        meaning: 'Many of these things happen sometimes or often. The parts below show where to put your effort next.',
      },
      {
        id: 'strong',
        label: 'Strong',
        min: 75,
        max: 100,
        meaning: 'Most of these things happen often. Keep reviewing together, so the relationship stays this way as things change.',
      },
    ],
  },
  dimensions: [
    {
      id: 'mutual-value',
      title: 'Mutual value',
      short: 'mutual value',
      description: 'Whether each of you brings something real to the relationship and takes something worthwhile away from it.',
      expect: {
        new: 'Early on, look for the first worthwhile thing each of you gets from the other.',
        'first-year': 'By now something worthwhile can be flowing each way, even if not equally.',
        established: 'After a year, each of you can name what you get. A one-way pattern now is worth talking about.',
      },
      conversation: [
        'What is one thing you got from our recent sessions that you could not easily have found elsewhere?',
        'What do you think I get from this relationship, and what would you guess I’d like more of?',
        'Is there something you bring that I have not noticed, or not thanked you for?',
      ],
      bands: [
        {
          id: 'needs-attention',
          label: 'Needs attention',
          min: 0,
          max: 49,
          meaning: 'Little is passing between you here, in at least one direction. Talk about what each of you hopes to gain before habits set in.',
          steps: [
            {
              text: 'Write down what each of you brings and hopes to gain, then compare notes.',
              guide: 'co-creating-your-charter#what-each-of-you-brings',
            },
            {
              text: 'Ask your partner what they would like more of from you.',
              guide: 'two-way-street#not-equal-but-mutual',
            },
            {
              text: 'Mentors: check whether your mentoring load is fair and recognised.',
              for: 'mentor',
              guide: 'when-mentoring-goes-wrong#the-over-asked-mentor',
            },
          ],
        },
        {
          id: 'developing',
          label: 'Developing',
          min: 50,
          max: 74,
          meaning: 'You both get something, though not always evenly. Look for one more way to be useful to the other person.',
          steps: [
            {
              text: 'After each session, name one thing you got from your partner and tell them.',
              checklist: 'after-session',
            },
            {
              text: 'Mentees: offer one thing from your own vantage point at your next session.',
              for: 'mentee',
              guide: 'the-mentees-practice#offer-something-back',
            },
            {
              text: 'Mentors: note what you are learning, not only what you are teaching.',
              for: 'mentor',
              guide: 'the-mentors-practice#notice-what-you-are-learning',
            },
          ],
        },
        {
          id: 'strong',
          label: 'Strong',
          min: 75,
          max: 100,
          meaning: 'You both give and both gain, which is what keeps a relationship alive. Make sure that value is seen beyond the two of you.',
          steps: [
            {
              text: 'Add what each of you has gained to your charter at its next review.',
              guide: 'co-creating-your-charter#a-living-document',
            },
            {
              text: 'Make sure the mentor’s time counts in their review or promotion case.',
              guide: 'running-a-programme#recognise-mentoring-as-real-work',
            },
            {
              text: 'Check the balance together again next quarter.',
              checklist: 'relationship-calibration',
            },
          ],
        },
      ],
    },
    {
      id: 'openness',
      title: 'Openness and candour',
      short: 'openness',
      description: 'Whether you can both admit doubts, mistakes and gaps in what you know, and speak honestly to each other.',
      expect: {
        new: 'Trust takes a few sessions to build. Holding back at first is normal.',
        'first-year': 'By now both of you should be able to admit a mistake or a doubt without it feeling risky.',
        established: 'After a year, honest feedback should flow both ways. Caution that lasts this long is worth naming.',
      },
      conversation: [
        'When did you last hold something back in our conversations, and what would have made it easier to say?',
        'How would you like me to tell you when something is not working?',
        'Do you know what I find hard at the moment? Would it help if I said more?',
      ],
      bands: [
        {
          id: 'needs-attention',
          label: 'Needs attention',
          min: 0,
          max: 49,
          meaning: 'At least one of you is holding back a lot. Without honesty, advice ends up aimed at the wrong problem.',
          steps: [
            {
              text: 'Mentors: share one mistake of your own and what you did about it.',
              for: 'mentor',
              guide: 'the-mentors-practice#share-your-missteps',
            },
            {
              text: 'Agree together how frank you want to be with each other.',
              guide: 'trust-and-candour#agree-how-candid-you-will-be',
            },
            {
              text: 'Next time you are unsure, say so, and offer to find the answer together.',
              guide: 'two-way-street#saying-i-dont-know',
            },
          ],
        },
        {
          id: 'developing',
          label: 'Developing',
          min: 50,
          max: 74,
          meaning: 'You are honest about most things, but some topics stay off the table. Check whether that is a boundary you chose or a habit.',
          steps: [
            {
              text: 'Ask your partner how the sessions are going for them, and thank them for the answer.',
              guide: 'trust-and-candour#giving-and-receiving-hard-feedback',
            },
            {
              text: 'Talk about a recent setback as something to learn from, not something to hide.',
              guide: 'starting-well#decide-how-you-will-treat-setbacks',
            },
            {
              text: 'Mentees: tell your mentor early when a plan did not work.',
              for: 'mentee',
              guide: 'trust-and-candour#the-mentees-part',
            },
          ],
        },
        {
          id: 'strong',
          label: 'Strong',
          min: 75,
          max: 100,
          meaning: 'There is real trust here. Protect it by keeping confidences and giving hard feedback with care.',
          steps: [
            {
              text: 'Bring a harder question you have been saving to your next session.',
              checklist: 'before-session',
            },
            {
              text: 'Review what your charter says about feedback and candour.',
              guide: 'co-creating-your-charter#feedback-and-candour',
            },
          ],
        },
      ],
    },
    {
      id: 'advocacy',
      title: 'From advice to advocacy',
      short: 'advocacy',
      description: 'Whether your support for each other goes beyond advice to speaking up, opening doors and passing on opportunities.',
      expect: {
        new: 'Advocacy needs trust and a good knowledge of each other’s work, so it can wait until your first review.',
        'first-year': 'By now each of you should have spoken up for the other at least once, or made an introduction.',
        established: 'After a year, advocacy can run both ways as a habit.',
      },
      conversation: [
        'In the last three months, has either of us spoken up for the other when they were not in the room?',
        'Is there an opportunity coming up where a word from me could help, and what would you want me to say?',
        'Who in your network should I meet, and who in mine should you meet?',
      ],
      bands: [
        {
          id: 'needs-attention',
          label: 'Needs attention',
          min: 0,
          max: 49,
          meaning: 'In at least one direction, your support is still mostly advice, with little use of position or networks.',
          steps: [
            {
              text: 'Tell each other about one opportunity coming up where the other could help.',
              guide: 'advice-to-advocacy#how-to-ask-for-advocacy',
            },
            {
              text: 'Agree what each of you will do to raise the other’s profile.',
              guide: 'advice-to-advocacy#make-it-part-of-your-agreement',
            },
            {
              text: 'Look back on whether either of you has spoken up for the other lately.',
              checklist: 'advice-to-advocacy',
            },
          ],
        },
        {
          id: 'developing',
          label: 'Developing',
          min: 50,
          max: 74,
          meaning: 'Advocacy happens now and then, perhaps more in one direction. Make it deliberate rather than occasional.',
          steps: [
            {
              text: 'Mentors: put your mentee forward for one project a step beyond their current role.',
              for: 'mentor',
              guide: 'advice-to-advocacy#what-advocacy-looks-like',
            },
            {
              text: 'Mentees: tell someone who matters what changed because of your mentor.',
              for: 'mentee',
              guide: 'advice-to-advocacy#advocacy-runs-both-ways',
            },
            {
              text: 'Make one introduction for each other this month.',
              guide: 'networks-with-integrity#a-good-introduction-email',
            },
          ],
        },
        {
          id: 'strong',
          label: 'Strong',
          min: 75,
          max: 100,
          meaning: 'You speak up for each other as a matter of course.',
          steps: [
            {
              text: 'Tell your partner what came of their last recommendation or introduction.',
              guide: 'advice-to-advocacy#how-to-ask-for-advocacy',
            },
            {
              text: 'Connect each other with a network the other does not yet reach.',
              guide: 'networks-with-integrity#networks-flow-both-ways',
            },
            {
              text: 'Write your advocacy commitments into your charter.',
              guide: 'co-creating-your-charter#advocacy',
            },
          ],
        },
      ],
      priorityFrom: 'first-year',
    },
    {
      id: 'questions',
      title: 'Questions before answers',
      short: 'questions before answers',
      description: 'Whether each of you helps the other think things through, instead of handing over answers, and backs the other’s own choices.',
      expect: {
        new: 'Early on, notice who asks and who answers, and swap some advice for questions before the habit sets.',
        'first-year': 'By now both of you should be asking questions that make the other think, not only the mentor.',
        established: 'After a year, each of you should be able to challenge the other’s thinking comfortably.',
      },
      conversation: [
        'In our sessions, who usually does most of the thinking out loud, you or me?',
        'When I give you an answer, would you rather I had asked a question first?',
        'When did one of my questions change your mind, and when did one of yours change mine?',
      ],
      bands: [
        {
          id: 'needs-attention',
          label: 'Needs attention',
          min: 0,
          max: 49,
          meaning: 'In at least one direction, the pattern looks like question in, answer out. That builds dependence rather than confidence.',
          steps: [
            {
              text: 'Mentors: swap your next piece of advice for a question.',
              for: 'mentor',
              guide: 'the-mentors-practice#instead-of-telling-ask',
            },
            {
              text: 'Mentees: bring one specific problem and your own options to the next session.',
              for: 'mentee',
              guide: 'the-mentees-practice#bring-something-specific',
            },
            {
              text: 'Read the signs of a mentor turned authority and discuss them together.',
              guide: 'when-mentoring-goes-wrong#the-mentor-becomes-the-authority',
            },
          ],
        },
        {
          id: 'developing',
          label: 'Developing',
          min: 50,
          max: 74,
          meaning: 'You sometimes help each other think, but still fall back on handing over answers when it gets hard.',
          steps: [
            {
              text: 'Plan one small experiment for the mentee to try before you next meet.',
              guide: 'the-mentees-practice#propose-experiments',
            },
            {
              text: 'Mentors: in your next session, count the questions you ask and the answers you give.',
              for: 'mentor',
              guide: 'the-mentors-practice#ask-reflect-hold-back',
            },
            {
              text: 'Mentees: write down your question and first thoughts before each session.',
              for: 'mentee',
              checklist: 'before-session',
            },
          ],
        },
        {
          id: 'strong',
          label: 'Strong',
          min: 75,
          max: 100,
          meaning: 'You challenge each other’s thinking and back each other’s choices. This is how independent judgement grows on both sides.',
          steps: [
            {
              text: 'Let the mentee design a bigger experiment, with the mentor as a sounding board.',
              guide: 'the-mentors-practice#let-them-run-the-experiment',
            },
            {
              text: 'Turn the mentee’s experiments into a longer-term career plan.',
              guide: 'from-mentoring-to-career-plan#treat-the-plan-as-experiments',
            },
          ],
        },
      ],
    },
    {
      id: 'rhythm',
      title: 'Rhythm and follow-through',
      short: 'follow-through',
      description: 'Whether you each do what you said you would between sessions, keep the other informed and pick up where you left off.',
      expect: {
        new: 'A rhythm takes a few sessions to find. What matters now is that promises made in a session get kept.',
        'first-year': 'By now both of you should keep to what you agree between sessions, most of the time.',
        established: 'After a year, check that your rhythm still suits you both.',
      },
      conversation: [
        'How often do we actually meet, compared with what we agreed?',
        'What did each of us say we would do last time, and what happened?',
        'Have our goals or priorities changed enough that we should rethink what we are working on?',
      ],
      bands: [
        {
          id: 'needs-attention',
          label: 'Needs attention',
          min: 0,
          max: 49,
          meaning: 'In at least one direction, what is agreed often does not get done, or plans change without a word.',
          steps: [
            {
              text: 'Book your next session before this one ends.',
              guide: 'keeping-momentum#find-a-rhythm',
            },
            {
              text: 'Agree how often you meet and who books it, and write it down.',
              guide: 'co-creating-your-charter#rhythm',
            },
            {
              text: 'If one of you cannot keep up, renegotiate the scope instead of cancelling.',
              guide: 'keeping-momentum#when-things-change',
            },
          ],
        },
        {
          id: 'developing',
          label: 'Developing',
          min: 50,
          max: 74,
          meaning: 'You follow through much of the time, but it is patchy, perhaps more on one side. A simple goal, plan and review loop will help.',
          steps: [
            {
              text: 'Open each session by reviewing what each of you agreed last time.',
              guide: 'keeping-momentum#set-a-goal-carry-out-a-plan-review',
            },
            {
              text: 'Send a short summary of agreed actions within a day.',
              guide: 'the-mentees-practice#write-a-short-summary-after-each-session',
            },
            {
              text: 'End each session by agreeing who does what before the next one.',
              checklist: 'after-session',
            },
          ],
        },
        {
          id: 'strong',
          label: 'Strong',
          min: 75,
          max: 100,
          meaning: 'Reliable in both directions. Keep checking that your rhythm still serves goals that matter to you both.',
          steps: [
            {
              text: 'Revisit your original goals and update any that no longer fit.',
              guide: 'keeping-momentum#when-things-change',
            },
            {
              text: 'Keep a shared log of progress and mark each milestone.',
              guide: 'keeping-momentum#make-progress-visible',
            },
            {
              text: 'Check each quarter whether the relationship still serves you both.',
              checklist: 'relationship-calibration',
            },
          ],
        },
      ],
    },
    {
      id: 'growth',
      title: 'Growth on both sides',
      short: 'growth',
      description: 'Whether both of you are learning and changing through the relationship, and helping the other notice it.',
      expect: {
        new: 'It is early to expect much change. Agree what each of you wants to learn.',
        'first-year': 'By now each of you should be able to point to something the other has helped you learn.',
        established: 'After a year, check that each of you is still learning something here.',
      },
      conversation: [
        'How have you changed since we started, and how do you think I have?',
        'What have you learned from explaining your thinking to me?',
        'Which of your milestones have we not yet celebrated?',
      ],
      bands: [
        {
          id: 'needs-attention',
          label: 'Needs attention',
          min: 0,
          max: 49,
          meaning: 'In at least one direction, little growth shows in your answers. Set a fresh learning goal for each of you.',
          steps: [
            {
              text: 'Each set one learning goal of your own, the mentor included.',
              guide: 'co-creating-your-charter#objectives-on-both-sides',
            },
            {
              text: 'Bring a new topic to break a repeating pattern.',
              guide: 'keeping-momentum#keep-it-fresh',
            },
            {
              text: 'If the relationship has run its course, plan a good ending together.',
              checklist: 'closing-well',
            },
          ],
        },
        {
          id: 'developing',
          label: 'Developing',
          min: 50,
          max: 74,
          meaning: 'Growth is happening, perhaps more on one side than the other. Ask what your partner is learning.',
          steps: [
            {
              text: 'Mentors: notice what explaining your thinking reveals about your own habits.',
              for: 'mentor',
              guide: 'mentoring-as-a-lifelong-practice#explaining-sharpens-what-you-know',
            },
            {
              text: 'Celebrate each other’s milestones out loud, even small ones.',
              guide: 'keeping-momentum#make-progress-visible',
            },
            {
              text: 'Review together what each of you has learned this quarter.',
              checklist: 'relationship-calibration',
            },
          ],
        },
        {
          id: 'strong',
          label: 'Strong',
          min: 75,
          max: 100,
          meaning: 'You are both growing, and you help each other see it.',
          steps: [
            {
              text: 'Turn what you have learned into a forward-looking career plan.',
              guide: 'from-mentoring-to-career-plan#when-to-make-the-shift',
            },
            {
              text: 'Pass it on: support someone less experienced, or find someone new to learn from.',
              guide: 'mentoring-as-a-lifelong-practice#learn-from-someone-support-someone',
            },
            {
              text: 'Share what you have learned with others in your organisation.',
              guide: 'mentoring-as-a-lifelong-practice#share-what-you-learn',
            },
          ],
        },
      ],
    },
  ],
  behaviours: [
    {
      id: 'inside-view',
      dimension: 'mutual-value',
      gist: 'explain to {other} how things work at a different level of the organisation',
      mentor: {
        self: 'I explain to my mentee how things work at my level of the organisation.',
        partner: 'My mentee explains to me how things work at their level of the organisation.',
      },
      mentee: {
        self: 'I explain to my mentor how things work at my level of the organisation.',
        partner: 'My mentor explains to me how things work at their level of the organisation.',
      },
    },
    {
      id: 'teach-something-new',
      dimension: 'mutual-value',
      gist: 'teach {other} something new',
      mentor: {
        self: 'I teach my mentee something they did not know before.',
        partner: 'My mentee teaches me something I did not know before.',
      },
      mentee: {
        self: 'I teach my mentor something they did not know before.',
        partner: 'My mentor teaches me something I did not know before.',
      },
    },
    {
      id: 'say-what-helped',
      dimension: 'mutual-value',
      gist: 'tell {other} about something specific that helped',
      mentor: {
        self: 'I tell my mentee about something specific they did that helped me.',
        partner: 'My mentee tells me about something specific I did that helped them.',
      },
      mentee: {
        self: 'I tell my mentor about something specific they did that helped me.',
        partner: 'My mentor tells me about something specific I did that helped them.',
      },
    },
    {
      id: 'admit-uncertainty',
      dimension: 'openness',
      gist: 'admit uncertainty to {other}',
      mentor: {
        self: 'I tell my mentee when I am not sure of the answer.',
        partner: 'My mentee tells me when they are not sure of the answer.',
      },
      mentee: {
        self: 'I tell my mentor when I am not sure of the answer.',
        partner: 'My mentor tells me when they are not sure of the answer.',
      },
    },
    {
      id: 'share-mistakes',
      dimension: 'openness',
      gist: 'tell {other} about past mistakes',
      mentor: {
        self: 'I tell my mentee about mistakes I have made, not only my successes.',
        partner: 'My mentee tells me about mistakes they have made, not only their successes.',
      },
      mentee: {
        self: 'I tell my mentor about mistakes I have made, not only my successes.',
        partner: 'My mentor tells me about mistakes they have made, not only their successes.',
      },
    },
    {
      id: 'honest-feedback',
      dimension: 'openness',
      gist: 'give {other} honest feedback, even when it is hard to hear',
      mentor: {
        self: 'I give my mentee honest feedback, even when it is hard to hear.',
        partner: 'My mentee gives me honest feedback, even when it is hard to hear.',
      },
      mentee: {
        self: 'I give my mentor honest feedback, even when it is hard to hear.',
        partner: 'My mentor gives me honest feedback, even when it is hard to hear.',
      },
    },
    {
      id: 'speak-up',
      dimension: 'advocacy',
      gist: 'speak up for {other} with people who make decisions',
      mentor: {
        self: 'I speak up for my mentee with people who make decisions.',
        partner: 'My mentee speaks up for me with people who make decisions.',
      },
      mentee: {
        self: 'I speak up for my mentor with people who make decisions.',
        partner: 'My mentor speaks up for me with people who make decisions.',
      },
    },
    {
      id: 'introductions',
      dimension: 'advocacy',
      gist: 'introduce {other} to people who can help',
      mentor: {
        self: 'I introduce my mentee to people who can help them.',
        partner: 'My mentee introduces me to people who can help me.',
      },
      mentee: {
        self: 'I introduce my mentor to people who can help them.',
        partner: 'My mentor introduces me to people who can help me.',
      },
    },
    {
      id: 'pass-on-opportunities',
      dimension: 'advocacy',
      gist: 'point {other} to opportunities worth taking up',
      mentor: {
        self: 'I point my mentee to opportunities that could suit them.',
        partner: 'My mentee points me to opportunities that could suit me.',
      },
      mentee: {
        self: 'I point my mentor to opportunities that could suit them.',
        partner: 'My mentor points me to opportunities that could suit me.',
      },
    },
    {
      id: 'helpful-questions',
      dimension: 'questions',
      gist: 'ask questions that help {other} think a problem through',
      mentor: {
        self: 'I ask questions that help my mentee think a problem through.',
        partner: 'My mentee asks questions that help me think a problem through.',
      },
      mentee: {
        self: 'I ask questions that help my mentor think a problem through.',
        partner: 'My mentor asks questions that help me think a problem through.',
      },
    },
    {
      id: 'challenge-assumptions',
      dimension: 'questions',
      gist: 'challenge {other} on untested assumptions',
      mentor: {
        self: 'I challenge my mentee on assumptions they have not tested.',
        partner: 'My mentee challenges me on assumptions I have not tested.',
      },
      mentee: {
        self: 'I challenge my mentor on assumptions they have not tested.',
        partner: 'My mentor challenges me on assumptions I have not tested.',
      },
    },
    {
      id: 'back-their-choice',
      dimension: 'questions',
      gist: 'back {other} in a choice that differs from the advice given',
      mentor: {
        self: 'I back my mentee when they choose differently from what I suggested.',
        partner: 'My mentee backs me when I choose differently from what they suggested.',
      },
      mentee: {
        self: 'I back my mentor when they choose differently from what I suggested.',
        partner: 'My mentor backs me when I choose differently from what they suggested.',
      },
    },
    {
      id: 'keep-promises',
      dimension: 'rhythm',
      gist: 'keep promises made to {other} between sessions',
      mentor: {
        self: 'I do what I told my mentee I would do before our next session.',
        partner: 'My mentee does what they told me they would do before our next session.',
      },
      mentee: {
        self: 'I do what I told my mentor I would do before our next session.',
        partner: 'My mentor does what they told me they would do before our next session.',
      },
    },
    {
      id: 'warn-of-changes',
      dimension: 'rhythm',
      gist: 'tell {other} early when plans change',
      mentor: {
        self: 'I let my mentee know early when my plans change.',
        partner: 'My mentee lets me know early when their plans change.',
      },
      mentee: {
        self: 'I let my mentor know early when my plans change.',
        partner: 'My mentor lets me know early when their plans change.',
      },
    },
    {
      id: 'follow-up',
      dimension: 'rhythm',
      gist: 'follow up with {other} on what was discussed last time',
      mentor: {
        self: 'I follow up with my mentee on what we discussed last time.',
        partner: 'My mentee follows up with me on what we discussed last time.',
      },
      mentee: {
        self: 'I follow up with my mentor on what we discussed last time.',
        partner: 'My mentor follows up with me on what we discussed last time.',
      },
    },
    {
      id: 'notice-progress',
      dimension: 'growth',
      gist: 'point out to {other} the progress being made',
      mentor: {
        self: 'I point out to my mentee the progress they are making.',
        partner: 'My mentee points out to me the progress I am making.',
      },
      mentee: {
        self: 'I point out to my mentor the progress they are making.',
        partner: 'My mentor points out to me the progress I am making.',
      },
    },
    {
      id: 'encourage-stretch',
      dimension: 'growth',
      gist: 'encourage {other} to take on a real challenge',
      mentor: {
        self: 'I encourage my mentee to take on something that stretches them.',
        partner: 'My mentee encourages me to take on something that stretches me.',
      },
      mentee: {
        self: 'I encourage my mentor to take on something that stretches them.',
        partner: 'My mentor encourages me to take on something that stretches me.',
      },
    },
    {
      id: 'support-learning',
      dimension: 'growth',
      gist: 'help {other} work towards a learning goal',
      mentor: {
        self: 'I help my mentee work towards something they want to learn.',
        partner: 'My mentee helps me work towards something I want to learn.',
      },
      mentee: {
        self: 'I help my mentor work towards something they want to learn.',
        partner: 'My mentor helps me work towards something I want to learn.',
      },
    },
  ],
  timeFrame: 'Without a time frame (version 2 gave none)',
  inSentence: ['never', 'rarely', 'sometimes', 'often', 'always'],
};
