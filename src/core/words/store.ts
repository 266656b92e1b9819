import type { WordArea } from './index.js';

/**
 * What focal says when the progress database or an export file cannot be used (exit 2):
 * what is wrong and what to do. The reasons SQLite and the system give are quoted as they come.
 */
export const storeWords = () => ({
  // the progress database
  'store.untouched': { en: '{reason}; the file was left untouched', zh: '{reason}；文件未被改动' },
  'store.isFolder': { en: 'is a folder, not a database file', zh: '是文件夹，不是数据库文件' },
  'store.notAFile': { en: 'not a database file (a device, pipe or socket): choose a regular file with --db', zh: '不是数据库文件（是设备、管道或套接字）：请用 --db 选择一个普通文件' },
  'store.notSqlite': { en: 'not a focal-drill database (not an SQLite file)', zh: '不是 focal-drill 数据库（不是 SQLite 文件）' },
  'store.otherProgram': { en: 'not a focal-drill database (it belongs to another program)', zh: '不是 focal-drill 数据库（它属于另一个程序）' },
  'store.otherSqlite': { en: 'not a focal-drill database (an SQLite database of another program)', zh: '不是 focal-drill 数据库（是另一个程序的 SQLite 数据库）' },
  'store.corruptCheck': { en: 'the database is corrupt ({problems})', zh: '数据库已损坏（{problems}）' },
  'store.corrupt': { en: 'the database is corrupt ({reason}); restore it from a backup (focal import) or move it aside', zh: '数据库已损坏（{reason}）；请从备份恢复（focal import），或把它移开' },
  'store.badVersion': {
    en: 'the database is damaged (schema version {version}): restore it from a backup with focal import into a new file, or move it aside',
    zh: '数据库已损坏（结构版本 {version}）：请用 focal import 把备份恢复到新文件，或把它移开',
  },
  'store.newer': {
    en: 'written by a newer focal-drill (schema {version}; this version knows up to {latest}): upgrade focal-drill to use it',
    zh: '由更新版本的 focal-drill 写入（结构版本 {version}；本版本最高只认识 {latest}）：请升级 focal-drill 后再使用',
  },
  'store.needsUpgrade': {
    en: 'the progress database needs upgrading (schema {version} → {latest}) but is read-only: make it writable and run focal once',
    zh: '进度数据库需要升级（结构版本 {version} → {latest}），但它是只读的：请把它设为可写，再运行一次 focal',
  },
  'store.missingTables': {
    en: 'the progress database is damaged (table {tables} missing): restore it from a backup with focal import into a new file, or move it aside',
    zh: '进度数据库已损坏（缺少表 {tables}）：请用 focal import 把备份恢复到新文件，或把它移开',
  },
  'store.damaged': { en: 'the progress database is damaged ({reason}): restore it from a backup (focal import) or move it aside', zh: '进度数据库已损坏（{reason}）：请从备份恢复（focal import），或把它移开' },
  'store.cannotRead': { en: 'cannot read the progress database: {reason}', zh: '无法读取进度数据库：{reason}' },
  'store.cannotOpenFile': {
    en: 'cannot read the progress database ({reason}): check its permissions, or choose another file with --db',
    zh: '无法读取进度数据库（{reason}）：请检查它的权限，或用 --db 选择其他文件',
  },
  'store.cannotCreateFolder': { en: 'cannot create the folder for the progress database: {reason}', zh: '无法为进度数据库创建文件夹：{reason}' },
  'store.levelNotFolder': { en: 'cannot create the folder for the progress database: {level} is not a folder', zh: '无法为进度数据库创建文件夹：{level} 不是文件夹' },
  'store.cannotMakeFolder': {
    en: 'cannot create the folder for the progress database ({reason}): choose another file with --db',
    zh: '无法为进度数据库创建文件夹（{reason}）：请用 --db 选择其他文件',
  },
  'store.failure.cantOpen': {
    en: 'cannot open the progress database ({reason}): check the folder exists and is writable, or choose another file with --db',
    zh: '无法打开进度数据库（{reason}）：请检查文件夹存在且可写，或用 --db 选择其他文件',
  },
  'store.failure.readOnly': {
    en: 'cannot write the progress database ({reason}): make the file and its folder writable, or choose another file with --db',
    zh: '无法写入进度数据库（{reason}）：请把文件及其文件夹设为可写，或用 --db 选择其他文件',
  },
  'store.failure.permission': {
    en: 'not allowed to use the progress database ({reason}): check its permissions, or choose another file with --db',
    zh: '无权使用进度数据库（{reason}）：请检查它的权限，或用 --db 选择其他文件',
  },
  'store.failure.full': { en: 'the disk holding the progress database is full ({reason}): free some space and try again', zh: '进度数据库所在的磁盘已满（{reason}）：请腾出空间后重试' },
  'store.failure.io': {
    en: 'cannot read or write the progress database ({reason}): check the disk and the file (a full disk, a file size limit, a removed drive)',
    zh: '无法读写进度数据库（{reason}）：请检查磁盘和文件（磁盘已满、文件大小受限、驱动器被移除）',
  },
  'store.failure.busy': {
    en: 'the progress database stayed locked by another focal process ({reason}): wait for it to finish and try again',
    zh: '进度数据库一直被另一个 focal 进程锁定（{reason}）：请等它结束后重试',
  },
  'store.failure.tooLarge': { en: 'the progress database is too large for this system ({reason})', zh: '进度数据库对本系统来说太大了（{reason}）' },
  'store.failure.changed': { en: 'the progress database changed under focal ({reason}): try again', zh: '进度数据库在 focal 使用时被改动了（{reason}）：请重试' },
  'store.skippedAttempts': { en: 'skipped {n} damaged attempt(s) (a time before 2000 or after 2200)', zh: '跳过了 {n} 条损坏的作答记录（时间早于 2000 年或晚于 2200 年）' },
  'store.skippedCards': {
    en: 'skipped {n} damaged card(s) (a time or value out of range); answering those questions again replaces them',
    zh: '跳过了 {n} 张损坏的卡片（时间或数值超出范围）；再次回答这些题目即可替换它们',
  },
  'store.skippedCardsExported': { en: 'skipped {n} damaged card(s) (a time or value out of range)', zh: '跳过了 {n} 张损坏的卡片（时间或数值超出范围）' },
  'store.refusedAnswer': { en: 'the progress database refused the answer ({reason})', zh: '进度数据库拒绝保存这次回答（{reason}）' },
  // an export file read by focal import
  'store.import.notJson': { en: 'not a focal-drill export: not JSON ({reason})', zh: '不是 focal-drill 导出文件：不是 JSON（{reason}）' },
  'store.import.noFormat': { en: 'not a focal-drill export (no "format": "{format}")', zh: '不是 focal-drill 导出文件（没有 "format": "{format}"）' },
  'store.import.invalid': { en: 'not a valid export', zh: '不是有效的导出文件' },
  'store.import.newer': {
    en: 'made by a newer focal-drill (export format {version}; this version reads up to {latest})',
    zh: '由更新版本的 focal-drill 导出（导出格式 {version}；本版本最高只能读取 {latest}）',
  },
  'store.import.notRegular': { en: 'not a regular file (a device, pipe or folder): import reads an export file', zh: '不是普通文件（是设备、管道或文件夹）：import 读取的是导出文件' },
  'store.import.cannotRead': { en: 'cannot read the file: {reason}', zh: '无法读取文件：{reason}' },
  'store.import.tooLarge': { en: 'too large for an export ({size} bytes; the limit is {limit})', zh: '作为导出文件太大了（{size} 字节；上限为 {limit}）' },
  'store.import.twice': { en: '"{value}" appears twice in the file (first at index {first})', zh: '"{value}" 在文件中出现了两次（第一次在序号 {first}）' },
  'store.import.idRule': { en: 'an id: 1 to 128 letters, digits, _ . : or -', zh: '应为 id：1 到 128 个字母、数字、_ . : 或 -' },
  'store.import.dayRule': { en: 'a day such as 2026-12-13 (YYYY-MM-DD)', zh: '应为日期，例如 2026-12-13（YYYY-MM-DD）' },
  'store.import.notADay': { en: '"{day}" is not a calendar day', zh: '"{day}" 不是日历上的日期' },
  'store.import.noSession': { en: 'session "{id}" is not in the file', zh: '文件中没有会话 "{id}"' },
  'store.import.noAttempt': { en: 'attempt "{id}" is not in the file', zh: '文件中没有作答记录 "{id}"' },
}) satisfies WordArea<'store.'>;
