/** How a checklist introduces the programme's concerns contact (on screen and on its printed sheet). */
export const CONCERNS_LEAD = 'If something in this relationship is wrong, now or later, or you want to end it without a meeting, you can talk in confidence to';
