package docdata

// latinAdvance is the advance of each printable ASCII character in the
// table's Latin font, in thousandths of an em. The templates name Times
// New Roman for Latin text (w:rFonts w:ascii); where it is missing
// LibreOffice sets it in DejaVu Serif (fc-match "Times New Roman" on the
// machines that check our output), whose characters are wider: digits
// 0.636 em against Times's 0.5, % 0.950 against 0.833. The figures are
// DejaVu Serif's (its hmtx table, read 2026-12-06), so a text estimated
// to fit fits in both: 「2023年12月底前」 measured 0.55 em a digit was
// estimated 1932 twips in a room of 1944 and LibreOffice broke it
// 「2023年12月底/前」 (its PDF puts the four digits of 2023 7.43 pt apart
// at 12 pt: 0.62 em with the templates' condensed spacing).
var latinAdvance = [0x7f - 0x20]int16{
	318, 402, 460, 838, 636, 950, 890, 275, 390, 390, 500, 838, 318, 338, 318, 337, // space ! " # $ % & ' ( ) * + , - . /
	636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 536, // 0–9 : ; < = > ?
	1000, 722, 735, 765, 802, 730, 694, 799, 872, 395, 401, 747, 664, 1024, 875, 820, // @ A–O
	673, 820, 753, 685, 667, 843, 722, 1028, 712, 660, 695, 390, 337, 390, 838, 500, // P–Z [ \ ] ^ _
	500, 596, 640, 560, 640, 592, 370, 640, 644, 320, 310, 606, 320, 948, 644, 602, // ` a–o
	640, 640, 478, 513, 402, 644, 565, 856, 564, 565, 527, 636, 337, 636, 838, // p–z { | } ~
}

// narrowWidth is the width in twips of a narrow character (narrow) in the
// table's 小四, its condensed spacing taken off, rounded up and a twip more
// (LibreOffice sets DejaVu Serif's digits 148.7 twips apart, its advance
// less the spacing being 147.6); one outside ASCII (Latin letters with
// accents, Greek, Cyrillic) as wide as a digit.
func narrowWidth(r rune) int {
	adv := 636
	if r >= 0x20 && r < 0x7f {
		adv = int(latinAdvance[r-0x20])
	}
	return (tableChar*adv+999)/1000 - charSpacing + 1
}
