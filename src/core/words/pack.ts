import type { WordArea } from './index.js';

/**
 * What `questions validate` and every command loading a pack say about a problem in it. The
 * checks return a key and its parameters; field names, file names, ids, patterns and the text
 * a pack author wrote are quoted as written in both languages. The YAML library's own parse
 * message and an OS error code stay as they come, after a translated lead-in.
 */
export const packWords = () => ({
  // reading files
  'pack.cannotReadFolder': { en: 'cannot read the pack folder (it does not exist or is not a folder)', zh: '无法读取题库文件夹（它不存在或不是文件夹）' },
  'pack.cannotReadFile': { en: 'cannot read the file: {reason}', zh: '无法读取文件：{reason}' },
  'pack.it': { en: 'it {reason}', zh: '它{reason}' },
  'pack.read.noSuchFile': { en: 'no such file', zh: '文件不存在' },
  'pack.read.cannotRead': { en: 'cannot be read ({code})', zh: '无法读取（{code}）' },
  'pack.read.notRegular': { en: 'is not a regular file ({what})', zh: '不是普通文件（{what}）' },
  'pack.read.folder': { en: 'a folder', zh: '是文件夹' },
  'pack.read.fifo': { en: 'a FIFO', zh: '是 FIFO' },
  'pack.read.device': { en: 'a device', zh: '是设备' },
  'pack.read.socket': { en: 'a socket', zh: '是套接字' },
  'pack.read.notAFile': { en: 'not a file', zh: '不是文件' },
  'pack.read.outside': { en: 'is outside the pack folder', zh: '在题库文件夹之外' },
  'pack.read.resolvesOutside': {
    en: 'resolves outside the pack folder (a symlink?); a pack may only read its own files',
    zh: '解析到了题库文件夹之外（符号链接？）；题库只能读取自己的文件',
  },
  'pack.read.tooLarge': { en: 'is too large ({size} bytes; the limit is {limit})', zh: '太大（{size} 字节；上限为 {limit}）' },
  'pack.read.tooLargeOver': { en: 'is too large (over {limit} bytes; the limit is {limit})', zh: '太大（超过 {limit} 字节；上限为 {limit}）' },
  'pack.read.utf16': { en: 'is UTF-16 text; save it as UTF-8', zh: '是 UTF-16 文本；请另存为 UTF-8' },
  'pack.read.utf16NoMark': { en: 'looks like UTF-16 text (no byte-order mark); save it as UTF-8', zh: '看起来是 UTF-16 文本（没有字节顺序标记）；请另存为 UTF-8' },
  'pack.read.nul': {
    en: 'contains a NUL byte at offset {offset} (a binary file?); pack files are UTF-8 text',
    zh: '在偏移 {offset} 处含有 NUL 字节（二进制文件？）；题库文件应为 UTF-8 文本',
  },
  'pack.read.notUtf8': {
    en: 'is not valid UTF-8 (at line {line}, byte offset {offset}); save it as UTF-8',
    zh: '不是有效的 UTF-8（第 {line} 行，字节偏移 {offset}）；请另存为 UTF-8',
  },
  'pack.yamlSyntax': { en: 'YAML syntax error: {reason}', zh: 'YAML 语法错误：{reason}' },
  'pack.yamlAliases': { en: 'YAML aliases expand too much (more than {limit} alias uses): {reason}', zh: 'YAML 别名展开过多（超过 {limit} 次别名引用）：{reason}' },
  'pack.protoKey': { en: '"__proto__" is a reserved name: choose another', zh: '"__proto__" 是保留名字：请换一个' },
  // the shape of the files
  'pack.questionFile': { en: 'a question file holds one list: `questions: [...]`', zh: '题目文件只包含一个列表：`questions: [...]`' },
  'pack.questionMapping': { en: 'a question is a mapping of fields (id, topic, kind, ...)', zh: '一道题是若干字段的映射（id、topic、kind……）' },
  'pack.noZh': { en: 'no zh text: the en text is shown in Chinese too', zh: '没有 zh 文本：中文界面也会显示 en 文本' },
  'pack.unknownKind': { en: 'unknown kind {kind} (kinds: {kinds})', zh: '未知题型 {kind}（可用题型：{kinds}）' },
  'pack.unknownTopic': { en: 'unknown topic "{topic}" (pack.yaml lists {topics})', zh: '未知主题 "{topic}"（pack.yaml 列出的主题：{topics}）' },
  'pack.snippetNotFound': { en: 'snippet file not found: {file}', zh: '找不到代码片段文件：{file}' },
  'pack.snippetUnreadable': { en: 'snippet {file} {reason}', zh: '代码片段 {file} {reason}' },
  'pack.duplicateId': { en: 'duplicate id: also in {where}', zh: '重复的 id：{where} 中也有' },
  'pack.duplicatePackId': { en: 'duplicate pack id "{id}": also {dir}', zh: '重复的题库 id "{id}"：{dir} 也用了它' },
  // fields the schema finds wrong, where the general words (src/core/words/fields.ts) say too little
  'pack.difficulty': { en: 'must be 1, 2 or 3', zh: '必须是 1、2 或 3' },
  'pack.paramShape': { en: 'must be { values: [...] } or { min, max, step }', zh: '必须是 { values: [...] } 或 { min, max, step }' },
  'pack.letShape': { en: 'must be a definition or a list of definitions', zh: '必须是一个定义或定义的列表' },
  'pack.stepsShape': { en: 'must be non-empty text (steps on separate lines) or a list of steps', zh: '必须是非空文本（每步一行）或步骤的列表' },
  'pack.expressionShape': { en: 'must be a non-empty expression (text or a number)', zh: '必须是非空表达式（文本或数）' },
  // the schema's own rules (zod is given these keys as its messages)
  'pack.rule.reserved': { en: 'is a reserved name (constructor, toString, __proto__...): choose another', zh: '是保留名字（constructor、toString、__proto__……）：请换一个' },
  'pack.rule.name': { en: 'must be a name such as p or gamma', zh: '必须是名字，例如 p 或 gamma' },
  'pack.rule.packId': { en: 'must be lower-case letters, digits, ".", "_" or "-"', zh: '只能由小写字母、数字、"."、"_" 或 "-" 组成' },
  'pack.rule.topicName': { en: 'topic names are lower-case slugs', zh: '主题名必须是小写短名' },
  'pack.rule.questionId': { en: 'ids use letters, digits, ".", "_" and "-"', zh: 'id 只能使用字母、数字、"."、"_" 和 "-"' },
  'pack.rule.tolerance': { en: 'give exactly one of relative, absolute, sigfigs, decimals', zh: '只能给出 relative、absolute、sigfigs、decimals 中的一个' },
  'pack.rule.goalRelation': { en: 'must be d/dVAR, e.g. d/dx', zh: '必须写成 d/dVAR，例如 d/dx' },
  // parameters and placeholders
  'pack.maxBelowMin': { en: 'max {max} is below min {min}', zh: 'max {max} 小于 min {min}' },
  'pack.maxOffGrid': { en: 'max {max} is not on the grid {min} + k·{step}', zh: 'max {max} 不在网格 {min} + k·{step} 上' },
  'pack.gridTooLarge': { en: 'the grid has more than a million points', zh: '网格超过一百万个点' },
  'pack.placeholderUnknown': { en: 'placeholder {{name}} names no parameter ({known})', zh: '占位符 {{name}} 不是任何参数的名字（{known}）' },
  'pack.paramsAre': { en: 'params: {names}', zh: '参数：{names}' },
  'pack.noParams': { en: 'the question has no params', zh: '本题没有 params' },
  'pack.placeholderNeedsParams': {
    en: 'placeholder {={source}} needs params; in a question without params write the value',
    zh: '占位符 {={source}} 需要 params；没有 params 的题目请直接写出数值',
  },
  'pack.placeholderInvalid': { en: 'placeholder {={source}}: {problem}', zh: '占位符 {={source}}：{problem}' },
  'pack.placeholderNotFinite': { en: 'placeholder {={source}} is not finite for {set}', zh: '占位符 {={source}} 在 {set} 时不是有限值' },
  // the answer key (checks that evaluate and grade)
  'pack.gradesCorrect': { en: 'grades correct; a wrong answer must grade wrong', zh: '被判为正确；错误答案必须被判为错误' },
  'pack.gradesCorrectFor': {
    en: 'grades correct for {n} of {total} parameter sets (e.g. {set}); a wrong answer must grade wrong',
    zh: '在 {total} 组参数中有 {n} 组被判为正确（例如 {set}）；错误答案必须被判为错误',
  },
  'pack.cannotBeGraded': { en: 'cannot be graded: {reason}', zh: '无法评分：{reason}' },
  // the kinds' own rules
  // free-answer key points: their match patterns
  'pack.pattern.empty': { en: 'a pattern must not be empty', zh: '模式不能为空' },
  'pack.pattern.tooLong': { en: 'a pattern is at most {limit} characters (this one has {length})', zh: '模式最多 {limit} 个字符（这个有 {length} 个）' },
  'pack.pattern.tooManyWays': {
    en: 'too many ways to match ({ways}, at most {max}): use fewer optional parts or smaller {m,n}',
    zh: '匹配方式太多（{ways}，最多 {max}）：请减少可选部分，或用更小的 {m,n}',
  },
  'pack.pattern.over': { en: 'over {n}', zh: '超过 {n}' },
  'pack.pattern.invalid': { en: 'not a valid pattern', zh: '不是有效的模式' },
  'pack.pattern.emptyAlternative': { en: 'an alternative of "|" is empty', zh: '"|" 的某个分支为空' },
  'pack.pattern.groups': { en: 'only plain groups "( )" and "(?: )" are allowed', zh: '只允许普通分组 "( )" 和 "(?: )"' },
  'pack.pattern.unclosed': { en: 'unclosed "{char}"', zh: '"{char}" 没有闭合' },
  'pack.pattern.unmatched': { en: 'unmatched "{char}"', zh: '"{char}" 没有与之配对的括号' },
  'pack.pattern.unbounded': {
    en: 'unbounded repetition "{char}" is not allowed: use {0,n} or {1,n} with n ≤ {max}',
    zh: '不允许无上限的重复 "{char}"：请用 {0,n} 或 {1,n}，且 n ≤ {max}',
  },
  'pack.pattern.nothingBefore': { en: '"{char}" must follow something to repeat', zh: '"{char}" 前面必须有要重复的内容' },
  'pack.pattern.anchor': { en: '"{char}" is not allowed: a key point may be anywhere in the answer', zh: '不允许使用 "{char}"：要点可以出现在回答中的任何位置' },
  'pack.pattern.trailingBackslash': { en: 'a pattern cannot end with "\\"', zh: '模式不能以 "\\" 结尾' },
  'pack.pattern.unknownEscape': {
    en: 'unknown escape "\\{char}" (allowed: \\d \\s \\w \\b and \\ before punctuation)',
    zh: '未知的转义 "\\{char}"（允许：\\d \\s \\w \\b，以及标点前的 \\）',
  },
  'pack.pattern.unknownClassEscape': { en: 'unknown escape "\\{char}" in a class', zh: '字符类中有未知的转义 "\\{char}"' },
  'pack.pattern.badRange': { en: 'a range in "[...]" runs backwards or is not a range of characters', zh: '"[...]" 中的范围是反向的，或者不是字符范围' },
  'pack.pattern.repetitionForm': { en: 'a repetition is {n} or {m,n} with both numbers given', zh: '重复应写成 {n} 或 {m,n}，两个数都要给出' },
  'pack.pattern.backwards': { en: '{{min},{max}}: the second number is smaller than the first', zh: '{{min},{max}}：第二个数小于第一个' },
  'pack.pattern.tooManyRepeats': { en: '{{min},{max}}: at most {limit} repetitions', zh: '{{min},{max}}：最多重复 {limit} 次' },
  'pack.pattern.nothingToRepeat': { en: 'nothing to repeat (an empty group or an assertion)', zh: '没有可重复的内容（空分组或断言）' },
  'pack.pattern.repeatAgain': { en: 'a repetition cannot be repeated again', zh: '重复不能再被重复' },
}) satisfies WordArea<'pack.'>;
