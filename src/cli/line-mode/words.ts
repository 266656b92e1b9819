import type { Lang } from '../../core/i18n.js';

/**
 * Words only line mode says (the rest is shared with the terminal UI: src/ui/strings.ts).
 * The prompts `answer> ` and `grade> ` are part of the line protocol and stay the same
 * in every language, so scripts can wait for them.
 */
const en = {
  header: '{index}/{total} · {topic} · {kind} · difficulty {difficulty}/3',
  commands: 'Commands: :hint  :skip  :quit',
  'grade.again': 'Type 1, 2, 3 or 4.',
  skipped: 'Skipped (nothing recorded).',
  'hint.used': 'Hint: {hint}',
  'empty.due': 'Nothing is due for review now.',
  'empty.new': 'Every question here has been answered before: try --mode mixed.',
  'empty.any': 'No question matches these options.',
  'step.ok': '✓',
  'step.wrong': '✗',
  'step.invalid': '?',
  'stats.summary': 'attempts {attempts} · correct {correct} · accuracy {accuracy}% · sessions {sessions} · days in a row {streak}',
  'stats.queue': '{due} due now{next} · {unseen} of {questions} questions never answered',
  'stats.nextDue': ' · next due {when}',
  'stats.recentDays': 'Last {n} days',
  'stats.day': '{date}  {attempts} answered  {accuracy}% correct',
  'stats.seen': 'seen',
  'review.drill': 'Drill the weakest: {command}',
  'review.notYet': '(not practised yet)',
  unsaved: '! Not saved yet: {reason}. The session goes on; focal tries again with the next answer and at the end.',
  'unsaved.final': '{file}: {n} answer(s) of this session could not be saved (see the messages above): make the database writable, free disk space or wait for the other focal process, then drill again',
  'resume.start': 'Resuming the drill of {when} ({filters}): {answered} of {planned} answered, {left} to go.',
  'resume.mode': 'mode',
  'resume.topics': 'topics',
  'resume.kinds': 'kinds',
  'resume.question': 'question',
  'resume.gonePack': 'Note: the pack folder {dir} of this session is gone; its questions are left out.',
  'resume.goneTopic': 'Note: no loaded pack has topic {topic} any more; its questions are left out.',
  'resume.goneQuestion': 'Note: no loaded pack has question {id} any more; it is left out.',
} as const;

type WordKey = keyof typeof en;

const zh: Record<WordKey, string> = {
  header: '{index}/{total} · {topic} · {kind} · 难度 {difficulty}/3',
  commands: '命令：:hint 提示  :skip 跳过  :quit 结束',
  'grade.again': '请输入 1、2、3 或 4。',
  skipped: '已跳过（不记录）。',
  'hint.used': '提示：{hint}',
  'empty.due': '现在没有到期需要复习的题。',
  'empty.new': '这里的题都答过了：试试 --mode mixed。',
  'empty.any': '没有符合这些选项的题。',
  'step.ok': '✓',
  'step.wrong': '✗',
  'step.invalid': '?',
  'stats.summary': '作答 {attempts} 次 · 正确 {correct} 次 · 正确率 {accuracy}% · 练习 {sessions} 次 · 连续 {streak} 天',
  'stats.queue': '当前到期 {due} 题{next} · {questions} 题中有 {unseen} 题从未作答',
  'stats.nextDue': ' · 下一题{when}到期',
  'stats.recentDays': '最近 {n} 天',
  'stats.day': '{date}  作答 {attempts} 次  正确率 {accuracy}%',
  'stats.seen': '已答',
  'review.drill': '练习最薄弱的主题：{command}',
  'review.notYet': '（尚未练习）',
  unsaved: '! 暂未保存：{reason}。练习继续；下一次作答和结束时会再试。',
  'unsaved.final': '{file}：本次有 {n} 条作答未能保存（见上方提示）：请让数据库可写、腾出磁盘空间或等另一个 focal 进程结束后再练习',
  'resume.start': '继续 {when} 开始的练习（{filters}）：计划 {planned} 题，已答 {answered} 题，还剩 {left} 题。',
  'resume.mode': '模式',
  'resume.topics': '主题',
  'resume.kinds': '题型',
  'resume.question': '题目',
  'resume.gonePack': '注意：这次练习用过的题库文件夹 {dir} 已不存在；其中的题略过。',
  'resume.goneTopic': '注意：已加载的题库里不再有主题 {topic}；其中的题略过。',
  'resume.goneQuestion': '注意：已加载的题库里不再有题目 {id}；略过。',
};

const TABLE: Record<Lang, Record<WordKey, string>> = { en, zh };

export function word(lang: Lang, key: WordKey, params: Record<string, string | number> = {}): string {
  return TABLE[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The commands line mode understands at `answer> `: whole lines, which no answer of any kind can be. */
export const LINE_COMMANDS = { hint: ':hint', skip: ':skip', quit: ':quit' } as const;
