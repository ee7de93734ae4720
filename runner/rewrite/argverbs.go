package rewrite

import "unicode/utf8"

// ArgVerbs returns, for each of n arguments of format, the verbs that
// print it, reading argument indexes ([n]) as fmt's doPrintf does: a
// width or precision * takes an argument too (a Verb with Star set), an
// index that is out of range prints %!v(BADINDEX) and takes none, and an
// argument that no verb names gets none (fmt names no extra argument of a
// format with indexes).
func ArgVerbs(format string, n int) [][]Verb {
	out := make([][]Verb, n)
	argNum, end := 0, len(format)
	take := func(v Verb) {
		if argNum < n {
			v.Index = argNum
			out[argNum] = append(out[argNum], v)
		}
		argNum++
	}
	for i := 0; i < end; {
		for i < end && format[i] != '%' {
			i++
		}
		if i >= end {
			break
		}
		i++
		var sharp, plus bool
	flags:
		for ; i < end; i++ {
			switch format[i] {
			case '#':
				sharp = true
			case '+':
				plus = true
			case '-', ' ', '0':
			default:
				break flags
			}
		}
		good := true
		argNumber := func() bool {
			if i >= end || format[i] != '[' {
				return false
			}
			index, ok, w := argIndex(format[i:])
			i += w
			if ok && 0 <= index && index < n {
				argNum = index
				return true
			}
			good = false
			return ok
		}
		afterIndex := argNumber()
		if i < end && format[i] == '*' {
			i++
			take(Verb{Verb: 'd', Star: true, Offset: i - 1})
			afterIndex = false
		} else {
			start := i
			for i < end && '0' <= format[i] && format[i] <= '9' {
				i++
			}
			if afterIndex && i > start { // %[3]2d
				good = false
			}
		}
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // %[3].2d
				good = false
			}
			afterIndex = argNumber()
			if i < end && format[i] == '*' {
				i++
				take(Verb{Verb: 'd', Star: true, Offset: i - 1})
				afterIndex = false
			} else {
				for i < end && '0' <= format[i] && format[i] <= '9' {
					i++
				}
			}
		}
		if !afterIndex {
			argNumber()
		}
		if i >= end {
			break
		}
		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size
		if verb == '%' || !good {
			continue
		}
		take(Verb{Verb: verb, Sharp: sharp, Plus: plus, Offset: i - size})
	}
	return out
}

// argIndex is fmt's parseArgNumber: the zero-based index of an argument
// index [n] at the start of format, whether it is one, and its width.
func argIndex(format string) (index int, ok bool, wid int) {
	if len(format) < 3 {
		return 0, false, 1
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			n, digits := 0, 0
			for j := 1; j < i; j++ {
				c := format[j]
				if c < '0' || c > '9' || n > 1e6 {
					return 0, false, i + 1
				}
				n = n*10 + int(c-'0')
				digits++
			}
			if digits == 0 {
				return 0, false, i + 1
			}
			return n - 1, true, i + 1
		}
	}
	return 0, false, 1
}
