package lift

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A format known only at run time (format := "%T %+v\n"; fmt.Printf(format,
// p)), or arguments spread from a slice (fmt.Printf(f, args...)), leave the
// rewrite of printing calls without the verbs: it hands each argument that
// may hold a script's type to Show, whose Formatter prints as Go does for
// any verb fmt hands it. But fmt handles %T, %p, %w and a * width or
// precision itself, before any Formatter, and names an extra argument's
// type: Sprintf and Errorf read the format as fmt's doPrintf does, and
// print each verb on its own, %T with the name the Type gives, %p, %w and
// * with the value Show was given.

// Sprintf is fmt.Sprintf(format, a...), where the arguments that Show or
// ShowAt returned print %T, %p and * as Go prints the value they were
// given.
func Sprintf(format string, a ...any) string {
	if !anyShown(a) {
		return fmt.Sprintf(format, a...)
	}
	f, args := reformat(format, a, false)
	return fmt.Sprintf(f, args...)
}

// Errorf returns errorf (fmt.Errorf) for arguments that Show or ShowAt
// returned, printed as Sprintf prints them: its %w verbs wrap the values
// that Show was given, so that errors.Is, errors.As and errors.Unwrap see
// them as under Go. The rewrite calls it as lift.Errorf(fmt.Errorf)(f, x),
// which leaves the call's own text in place.
func Errorf(errorf func(string, ...any) error) func(string, ...any) error {
	return func(format string, a ...any) error {
		if !anyShown(a) {
			return errorf(format, a...)
		}
		f, args := reformat(format, a, true)
		return errorf(f, args...)
	}
}

// Kept returns y, what a function of the script's file that asks an
// interface value x for the script's types returned of it, keeping x in
// it where it is Show's value: the value asserted out of an interface is
// no longer the interface value the interpreter hands Go's library (an
// error of the script's that fmt.Errorf's %w wraps is no error there), so
// %w, %p and a * width take x.
func Kept(x, y any) any {
	if s, ok := y.(shown); ok {
		s.orig, s.kept = x, true
		return s
	}
	return y
}

// anyShown reports whether one of a is a value of Show or ShowAt.
func anyShown(a []any) bool {
	for _, x := range a {
		switch x.(type) {
		case shown, shownAt:
			return true
		}
	}
	return false
}

// unshown returns the value that Show or ShowAt was given for x, and the
// name %T prints for it; x itself, and its own type's name, otherwise.
func unshown(x any) (any, string) {
	switch s := x.(type) {
	case shown:
		var v any
		if s.v.IsValid() {
			v = s.v.Interface()
		}
		name := TypeName(v, s.t)
		if s.kept {
			v = s.orig
		}
		return v, name
	case shownAt:
		v := s.p.Elem().Interface()
		return v, TypeName(v, s.t)
	}
	return x, fmt.Sprintf("%T", x)
}

// reformat returns a format and arguments that fmt prints as it would
// print format with a under Go: the text of every verb printed on its
// own, but, where wrap is set (Errorf), the %w verbs, which stay verbs of
// the value Show was given, each naming its argument's index in a, where
// the arguments returned hold that value. It follows fmt's doPrintf (fmt/print.go):
// flags, an argument index ([n]), a width or precision that is a number
// or * (an argument), the errors it writes (%!d(MISSING), %!d(BADINDEX),
// %!(BADWIDTH), %!(BADPREC), %!(NOVERB)) and the extra arguments it names
// (%!(EXTRA main.P={a 1})).
func reformat(format string, a []any, wrap bool) (string, []any) {
	var out strings.Builder
	var args []any
	lit := func(s string) { out.WriteString(strings.ReplaceAll(s, "%", "%%")) }
	argNum, reordered := 0, false
	end := len(format)
	for i := 0; i < end; {
		good := true
		last := i
		for i < end && format[i] != '%' {
			i++
		}
		lit(format[last:i])
		if i >= end {
			break
		}
		i++
		var sharp, zero, plus, minus, space bool
	flags:
		for ; i < end; i++ {
			switch format[i] {
			case '#':
				sharp = true
			case '0':
				zero = true
			case '+':
				plus = true
			case '-':
				minus = true
			case ' ':
				space = true
			default:
				break flags
			}
		}
		argNumber := func() bool {
			if i >= end || format[i] != '[' {
				return false
			}
			reordered = true
			index, w, ok := parseArgNumber(format[i:])
			i += w
			if ok && 0 <= index && index < len(a) {
				argNum = index
				return true
			}
			good = false
			return ok
		}
		intArg := func() (int, bool) {
			if argNum >= len(a) {
				return 0, false
			}
			x, _ := unshown(a[argNum])
			argNum++
			n, ok := intOf(x)
			if ok && (n > 1e6 || n < -1e6) {
				return 0, false
			}
			return n, ok
		}
		afterIndex := argNumber()
		wid, widOK := 0, false
		if i < end && format[i] == '*' {
			i++
			wid, widOK = intArg()
			if !widOK {
				lit("%!(BADWIDTH)")
			}
			if wid < 0 {
				wid, minus, zero = -wid, true, false
			}
			afterIndex = false
		} else {
			wid, widOK, i = parseNum(format, i, end)
			if afterIndex && widOK {
				good = false
			}
		}
		prec, precOK := 0, false
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				good = false
			}
			afterIndex = argNumber()
			if i < end && format[i] == '*' {
				i++
				prec, precOK = intArg()
				if prec < 0 {
					prec, precOK = 0, false
				}
				if !precOK {
					lit("%!(BADPREC)")
				}
				afterIndex = false
			} else {
				prec, precOK, i = parseNum(format, i, end)
				if !precOK {
					prec, precOK = 0, true
				}
			}
		}
		if !afterIndex {
			argNumber()
		}
		if i >= end {
			lit("%!(NOVERB)")
			break
		}
		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size
		switch {
		case verb == '%':
			lit("%")
			continue
		case !good:
			lit("%!" + string(verb) + "(BADINDEX)")
			continue
		case argNum >= len(a):
			lit("%!" + string(verb) + "(MISSING)")
			continue
		}
		var flagText strings.Builder
		for _, f := range []struct {
			on bool
			c  byte
		}{{sharp, '#'}, {zero, '0'}, {plus, '+'}, {minus, '-'}, {space, ' '}} {
			if f.on {
				flagText.WriteByte(f.c)
			}
		}
		v := verbSpec{flags: flagText.String(), wid: wid, widOK: widOK, prec: prec, precOK: precOK}
		x, name := unshown(a[argNum])
		argNum++
		switch verb {
		case 'w':
			if wrap {
				// By its index, at its own place: fmt.Errorf sorts the
				// indexes of a reordered format and wraps an argument
				// once however many %w name it (%[1]w %[1]w), and a
				// format without indexes names them in order anyway.
				out.WriteString(v.plain() + "[" + strconv.Itoa(argNum) + "]w")
				if args == nil {
					args = make([]any, len(a))
				}
				args[argNum-1] = x
				continue
			}
		case 'T':
			lit(v.print('s', name))
			continue
		case 'p':
		default:
			x = a[argNum-1]
		}
		lit(v.print(verb, x))
	}
	if !reordered && argNum < len(a) {
		var extra strings.Builder
		extra.WriteString("%!(EXTRA ")
		for k, x := range a[argNum:] {
			if k > 0 {
				extra.WriteString(", ")
			}
			u, name := unshown(x)
			if u == nil {
				extra.WriteString("<nil>")
				continue
			}
			extra.WriteString(name + "=" + fmt.Sprintf("%v", x))
		}
		extra.WriteString(")")
		lit(extra.String())
	}
	return out.String(), args
}

// intOf is fmt's intFromArg: x as an int where it is of an integer kind.
func intOf(x any) (int, bool) {
	if n, ok := x.(int); ok {
		return n, true
	}
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := v.Int()
		return int(n), int64(int(n)) == n
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n := v.Uint()
		if int64(n) >= 0 && uint64(int(n)) == n {
			return int(n), true
		}
	}
	return 0, false
}

// parseArgNumber is fmt's: the zero-based index of an argument index [n]
// at the start of format, its width in bytes, and whether it is one.
func parseArgNumber(format string) (index, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			n, ok, next := parseNum(format, 1, i)
			if !ok || next != i {
				return 0, i + 1, false
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// parseNum is fmt's parsenum: the number at s[start:end], whether there
// is one, and where it ends.
func parseNum(s string, start, end int) (num int, isNum bool, next int) {
	if start >= end {
		return 0, false, end
	}
	for next = start; next < end && '0' <= s[next] && s[next] <= '9'; next++ {
		if num > 1e6 || num < -1e6 {
			return 0, false, end
		}
		num = num*10 + int(s[next]-'0')
		isNum = true
	}
	return num, isNum, next
}

// A verbSpec is the flags, width and precision of one verb.
type verbSpec struct {
	flags         string
	wid, prec     int
	widOK, precOK bool
}

// plain returns the verb's format but for the verb itself, with the width
// and precision as numbers: %-8.2.
func (v verbSpec) plain() string {
	f := "%" + v.flags
	if v.widOK {
		f += strconv.Itoa(v.wid)
	}
	if v.precOK {
		f += "." + strconv.Itoa(v.prec)
	}
	return f
}

// print returns what fmt prints of x with verb and v's flags, width and
// precision. x is named by its index, so that a verb that fmt would read
// as a flag too (%[1]+) is the verb: %-8[1]+.
func (v verbSpec) print(verb rune, x any) string {
	return fmt.Sprintf(v.plain()+"[1]"+string(verb), x)
}
