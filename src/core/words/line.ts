import type { WordArea } from './index.js';

/**
 * Words only line mode says. The prompts `answer> ` and `grade> ` are part of the line protocol
 * and stay the same in every language, so scripts can wait for them: they are not here.
 */
export const lineWords = () => ({
  'line.heading': { en: '{text}:', zh: '{text}：' },
  'line.header': { en: '{index}/{total} · {topic} · {kind} · difficulty {difficulty}/3', zh: '{index}/{total} · {topic} · {kind} · 难度 {difficulty}/3' },
  'line.commands': { en: 'Commands: :hint  :skip  :quit', zh: '命令：:hint 提示  :skip 跳过  :quit 结束' },
  'line.grade.again': { en: 'Type 1, 2, 3 or 4.', zh: '请输入 1、2、3 或 4。' },
  'line.skipped': { en: 'Skipped (nothing recorded).', zh: '已跳过（不记录）。' },
  'line.hint.used': { en: 'Hint: {hint}', zh: '提示：{hint}' },
  'line.empty.due': { en: 'Nothing is due for review now.', zh: '现在没有到期需要复习的题。' },
  'line.empty.new': { en: 'Every question here has been answered before: try --mode mixed.', zh: '这里的题都答过了：试试 --mode mixed。' },
  'line.empty.any': { en: 'No question matches these options.', zh: '没有符合这些选项的题。' },
  'line.step.ok': { en: '✓', zh: '✓' },
  'line.step.wrong': { en: '✗', zh: '✗' },
  'line.step.invalid': { en: '?', zh: '?' },
  'line.stats.summary': { en: 'attempts {attempts} · correct {correct} · accuracy {accuracy}% · sessions {sessions} · days in a row {streak}', zh: '作答 {attempts} 次 · 正确 {correct} 次 · 正确率 {accuracy}% · 练习 {sessions} 次 · 连续 {streak} 天' },
  'line.stats.queue': { en: '{due} due now{next} · {unseen} of {questions} questions never answered', zh: '当前到期 {due} 题{next} · {questions} 题中有 {unseen} 题从未作答' },
  'line.stats.nextDue': { en: ' · next due {when}', zh: ' · 下一题{when}到期' },
  'line.stats.recentDays': { en: 'Last {n} days', zh: '最近 {n} 天' },
  'line.stats.day': { en: '{date}  {attempts} answered  {accuracy}% correct', zh: '{date}  作答 {attempts} 次  正确率 {accuracy}%' },
  'line.stats.seen': { en: 'seen', zh: '已答' },
  'line.review.drill': { en: 'Drill the weakest: {command}', zh: '练习最薄弱的主题：{command}' },
  'line.review.notYet': { en: '(not practised yet)', zh: '（尚未练习）' },
  'line.unsaved': { en: '! Not saved yet: {reason}. The session goes on; focal tries again with the next answer and at the end.', zh: '! 暂未保存：{reason}。练习继续；下一次作答和结束时会再试。' },
  'line.unsaved.final': { en: '{file}: {n} answer(s) of this session could not be saved (see the messages above): make the database writable, free disk space or wait for the other focal process, then drill again', zh: '{file}：本次有 {n} 条作答未能保存（见上方提示）：请让数据库可写、腾出磁盘空间或等另一个 focal 进程结束后再练习' },
  'line.resume.start': { en: 'Resuming the drill of {when} ({filters}): {answered} of {planned} answered, {left} to go.', zh: '继续 {when} 开始的练习（{filters}）：计划 {planned} 题，已答 {answered} 题，还剩 {left} 题。' },
  'line.resume.mode': { en: 'mode', zh: '模式' },
  'line.resume.topics': { en: 'topics', zh: '主题' },
  'line.resume.kinds': { en: 'kinds', zh: '题型' },
  'line.resume.question': { en: 'question', zh: '题目' },
  'line.resume.gonePack': { en: 'Note: the pack folder {dir} of this session is gone; its questions are left out.', zh: '注意：这次练习用过的题库文件夹 {dir} 已不存在；其中的题略过。' },
  'line.resume.goneTopic': { en: 'Note: no loaded pack has topic {topic} any more; its questions are left out.', zh: '注意：已加载的题库里不再有主题 {topic}；其中的题略过。' },
  'line.resume.goneQuestion': { en: 'Note: no loaded pack has question {id} any more; it is left out.', zh: '注意：已加载的题库里不再有题目 {id}；略过。' },
}) satisfies WordArea<'line.'>;
