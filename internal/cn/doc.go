// Package cn formats numbers, dates and document numbers the way Chinese
// official documents (公文, GB/T 9704-2012) write them, and counts working
// days against the statutory holiday calendar.
//
// What it covers:
//   - numerals: [Numeral] (一百二十三), [Year] (二〇一三), [Amount] (大写金额);
//   - headings: [Heading] (一、 （一） 1. （1）);
//   - dates: [ParseDate], [Date] (2013年4月9日), [CDate], [Weekday], [Xun];
//   - 发文字号: [DocNo] and the validator [CheckDocNo];
//   - text: [Join] (甲、乙和丙), [Punct] (full-width punctuation in Chinese
//     context), [TitleLines] (balanced multi-line titles);
//   - working days: [Calendar], built from the statutory holidays and 调休
//     workdays of github.com/6tail/lunar-go plus an optional override file.
//
// Dates are calendar days: functions read only the year, month and day of a
// time.Time in its own location and return days at midnight UTC.
//
// Every function is pure and safe for concurrent use; a *Calendar is
// immutable once built.
package cn
