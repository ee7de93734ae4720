package lift

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"testing"
)

// TestSprintfReadsVerbsAsFmt: with values that Show holds without a Type
// (printed from their runtime values), Sprintf prints what fmt.Sprintf
// prints of the values themselves, for every way fmt reads a format:
// flags, widths and precisions as numbers and as arguments, argument
// indexes, %T, %p, %%, and the errors fmt writes.
func TestSprintfReadsVerbsAsFmt(t *testing.T) {
	n := 42
	tests := []struct {
		format string
		args   []any
	}{
		{"%v %d %s\n", []any{1, 2, "x"}},
		{"%T %+v %#v", []any{raw{"a", 1, 2}, raw{"a", 1, 2}, raw{"a", 1, 2}}},
		{"%-8T|%8T|%.2T", []any{1, "s", 1.5}},
		{"%*d|%-*d|%.*f|%*.*f", []any{5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5}},
		{"%*d", []any{-6, 7}},
		{"%*d", []any{"w", 7}},
		{"%.*d", []any{-1, 7}},
		{"%*d", []any{uint8(3), 7}},
		{"%*d", []any{int64(1e7), 7}},
		{"%[2]d %[1]d", []any{1, 2}},
		{"%[2]*[1]d|", []any{3, 6}},
		{"%[3]v %v", []any{1, 2}},
		{"%[0]v", []any{1}},
		{"%[x]v", []any{1}},
		{"%[1]5d", []any{1}},
		{"%[1]+v", []any{raw{"a", 1, 2}}},
		{"%d %d %d", []any{1}},
		{"%d", []any{1, "two", nil, 3.5}},
		{"100%% %v", []any{1}},
		{"%!", []any{1}},
		{"%", []any{1}},
		{"%v %.", []any{1, 2}},
		{"%3.", []any{1}},
		{"%p %v", []any{&n, &n}},
		{"%x %X %q %U", []any{"hi", []byte("hi"), 'x', 'x'}},
		{"% d %+d %05d %-5d| %#x", []any{1, 2, 3, 4, 255}},
		{"%w", []any{io.EOF}},
		{"%é", []any{1}},
		{"no verbs", []any{1, 2}},
		{"", nil},
	}
	for _, tt := range tests {
		shownArgs := make([]any, len(tt.args))
		for i, a := range tt.args {
			shownArgs[i] = Show(a, nil)
		}
		want := fmt.Sprintf(tt.format, tt.args...)
		if got := Sprintf(tt.format, shownArgs...); got != want {
			t.Errorf("Sprintf(%q, %v) = %q, want %q", tt.format, tt.args, got, want)
		}
		if got := Sprintf(tt.format, tt.args...); got != want {
			t.Errorf("Sprintf(%q) of values not shown = %q, want %q", tt.format, got, want)
		}
	}
}

// TestSprintfNamesScriptTypes: %T, %+v, %#v and an extra argument of a
// value Show holds with its Type print the script's names, where fmt
// would print the interpreter's.
func TestSprintfNamesScriptTypes(t *testing.T) {
	alertT, levelT, _ := types()
	r := raw{"disk", 2, 1}
	tests := []struct {
		format string
		args   []any
		want   string
	}{
		{"%T %+v", []any{Show(r, alertT), Show(r, alertT)}, "main.Alert {Msg:disk Level:high level:1}"},
		{"%#v", []any{Show(r, alertT)}, `main.Alert{Msg:"disk", Level:2, level:1}`},
		{"%-12T|%v", []any{Show(1, levelT), Show(1, levelT)}, "main.Level  |mid"},
		{"%[1]T %[1]d %[1]s", []any{Show(0, levelT)}, "main.Level 0 low"},
		{"%v", []any{1, Show(2, levelT)}, "1%!(EXTRA main.Level=high)"},
		{"%*d|", []any{Show(4, levelT), 1}, "   1|"},
		{"%s", []any{ShowAt(&r, alertT)}, "{disk high %!s(main.Level=1)}"},
	}
	for _, tt := range tests {
		if got := Sprintf(tt.format, tt.args...); got != tt.want {
			t.Errorf("Sprintf(%q) = %q, want %q", tt.format, got, tt.want)
		}
	}
}

// TestErrorfWrapsKept: Errorf's %w wraps the value that Kept kept, or
// that Show holds, as fmt.Errorf wraps it: errors.Is, errors.Unwrap and
// the error's type are Go's.
func TestErrorfWrapsKept(t *testing.T) {
	alertT, _, _ := types()
	r := raw{"disk", 2, 1}
	errorf := Errorf(fmt.Errorf)
	tests := []struct {
		name   string
		format string
		args   []any
		msg    string
		wraps  []error
		typ    string
	}{
		{"one", "%+v: %w", []any{Show(r, alertT), io.EOF}, "{Msg:disk Level:high level:1}: EOF", []error{io.EOF}, "*fmt.wrapError"},
		{"kept", "%v %w", []any{Show(r, alertT), Kept(io.ErrClosedPipe, Show(io.ErrClosedPipe, nil))}, "{disk high 1} io: read/write on closed pipe", []error{io.ErrClosedPipe}, "*fmt.wrapError"},
		{"two", "%w %T %w", []any{io.EOF, Show(r, alertT), io.ErrUnexpectedEOF}, "EOF main.Alert unexpected EOF", []error{io.EOF, io.ErrUnexpectedEOF}, "*fmt.wrapErrors"},
		{"none", "%T", []any{Show(r, alertT)}, "main.Alert", nil, "*errors.errorString"},
		{"not an error", "%w", []any{Show(3, nil)}, "%!w(int=3)", nil, "*fmt.wrapError"},
		{"one twice by index", "%[1]w %[1]w %[2]T", []any{io.EOF, Show(r, alertT)}, "EOF EOF main.Alert", []error{io.EOF}, "*fmt.wrapErrors"},
		{"reordered", "%[2]w %[1]w %[2]w %[3]v", []any{io.EOF, io.ErrUnexpectedEOF, Show(r, alertT)}, "unexpected EOF EOF unexpected EOF {disk high 1}", []error{io.EOF, io.ErrUnexpectedEOF}, "*fmt.wrapErrors"},
		{"one twice in order", "%w %v %w", []any{io.EOF, Show(r, alertT), io.EOF}, "EOF {disk high 1} EOF", []error{io.EOF, io.EOF}, "*fmt.wrapErrors"},
		{"a width", "%-5[2]w|%[1]v", []any{Show(r, alertT), io.EOF}, "EOF  |{disk high 1}", []error{io.EOF}, "*fmt.wrapError"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := errorf(tt.format, tt.args...)
			if err.Error() != tt.msg {
				t.Errorf("message %q, want %q", err.Error(), tt.msg)
			}
			for _, w := range tt.wraps {
				if !errors.Is(err, w) {
					t.Errorf("errors.Is(err, %v) is false", w)
				}
			}
			if tt.typ == "*fmt.wrapError" && len(tt.wraps) == 1 && errors.Unwrap(err) != tt.wraps[0] {
				t.Errorf("errors.Unwrap(err) = %v, want %v", errors.Unwrap(err), tt.wraps[0])
			}
			if m, ok := err.(interface{ Unwrap() []error }); ok && !slices.Equal(m.Unwrap(), tt.wraps) {
				t.Errorf("Unwrap() = %v, want %v (fmt.Errorf wraps an argument once, in the order of its index)", m.Unwrap(), tt.wraps)
			}
			want := fmt.Errorf(tt.format, unshownAll(tt.args)...)
			if got, wantT := fmt.Sprintf("%T", err), fmt.Sprintf("%T", want); got != wantT {
				t.Errorf("type %s, where fmt.Errorf of the values themselves makes %s", got, wantT)
			}
			if got := fmt.Sprintf("%T", err); got != tt.typ {
				t.Errorf("type %s, want %s", got, tt.typ)
			}
		})
	}
}

// unshownAll returns the values that Show or Kept were given for args.
func unshownAll(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i], _ = unshown(a)
	}
	return out
}

// TestFormattedPrintsWhenPrinted: Formatted's value prints what Sprintf
// makes of its format and arguments when fmt prints it, what a pointer
// that Show was given points to then, with any verb.
func TestFormattedPrintsWhenPrinted(t *testing.T) {
	alertT, _, _ := types()
	r := &raw{"disk", 2, 1}
	ptr := NewType()
	Define(ptr, "*main.Alert", false, alertT, nil, "", nil, nil, nil, nil)
	x := Formatted("%T %+v|", Show(r, ptr), Show(r, ptr))
	r.Msg = "cpu"
	tests := []struct {
		format string
		want   string
	}{
		{"%s", "*main.Alert &{Msg:cpu Level:high level:1}|"},
		{"%v!", "*main.Alert &{Msg:cpu Level:high level:1}|!"},
	}
	for _, tt := range tests {
		if got := fmt.Sprintf(tt.format, x); got != tt.want {
			t.Errorf("Sprintf(%q) = %q, want %q", tt.format, got, tt.want)
		}
	}
}
