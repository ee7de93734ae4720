package diag

import (
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"sync"
)

// fails returns Go's runtime error for c when the values its statement
// saved show that c fails, or nil.
func (c *candidate) fails(values []any, ints []int) any {
	if len(c.values) == 0 {
		return nil
	}
	vals := make([]any, len(c.values))
	for j, s := range c.values {
		switch {
		case c.ints && s >= 0 && s < len(ints):
			vals[j] = ints[s]
		case !c.ints && s >= 0 && s < len(values):
			vals[j] = values[s]
		}
	}
	if c.ints && c.kind == kSlice && len(vals) == 5 {
		// length and capacity, then the bounds
		n, _ := vals[0].(int)
		cp, _ := vals[1].(int)
		shape := OperandShape{Kind: reflect.Slice, Len: n, Cap: cp}
		if c.str {
			shape.Kind = reflect.String
		}
		vals = append([]any{shape}, vals[2:]...)
	}
	switch {
	case c.hasConst:
		vals = []any{nil, c.constIndex, vals[0]}
	case c.lenIndex:
		vals = []any{nil, vals[1], vals[0]}
	}
	return goError(c.kind, vals)
}

// kindsOf returns a test for the candidates that can fail with msg.
func kindsOf(msg string) func(k kind, name string) bool {
	is := func(ks ...kind) func(kind, string) bool {
		return func(c kind, _ string) bool {
			for _, k := range ks {
				if c == k {
					return true
				}
			}
			return false
		}
	}
	calls := func(names ...string) func(kind, string) bool {
		return func(k kind, name string) bool {
			if k != kCall {
				return false
			}
			for _, n := range names {
				if name == n || (strings.HasSuffix(n, "*") && strings.HasPrefix(name, strings.TrimSuffix(n, "*"))) {
					return true
				}
			}
			return false
		}
	}
	switch {
	case strings.HasPrefix(msg, "index out of range"):
		return is(kIndex)
	case strings.HasPrefix(msg, "slice bounds out of range"):
		return is(kSlice)
	case strings.Contains(msg, "divide by zero"):
		return is(kDiv)
	case strings.Contains(msg, "negative shift amount"):
		return is(kShift)
	case strings.Contains(msg, "nil map"):
		return is(kMapSet)
	case strings.Contains(msg, "nil pointer dereference"), strings.HasPrefix(msg, "a nil value was used"), strings.Contains(msg, "zero Value"):
		return is(kDeref)
	case strings.Contains(msg, "interface conversion"):
		return is(kAssert)
	case strings.HasPrefix(msg, "send on"):
		return is(kSend)
	case strings.HasPrefix(msg, "close of"):
		return calls("close")
	case strings.HasPrefix(msg, "connect to "):
		return calls("Dial", "Connect", "DialTimeout", "DialTCP", "DialUDP", "Get", "Post")
	case strings.HasPrefix(msg, "listen on "):
		return calls("Listen", "ListenTCP", "ListenUDP", "ListenPacket", "ListenAndServe")
	case strings.HasPrefix(msg, "accept on "):
		return calls("Accept", "Serve", "ServeConcurrently")
	case strings.HasPrefix(msg, "receive from "):
		return calls("Recv*", "Read*")
	case strings.HasPrefix(msg, "send to "), strings.HasPrefix(msg, "close sending to "):
		return calls("Send*", "CloseSend", "Write*")
	case msg == ErrEndOfInput.Error():
		return calls("Input", "ReadLine")
	}
	// An explicit panic, log.Fatal, or a panic inside a called function.
	return func(k kind, _ string) bool { return k == kCall }
}

// pkgMessage matches the start of a compiled package's panic message:
// "strings: negative Repeat count", "regexp: Compile(...)", "dice.Roll(0): ...".
var pkgMessage = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\w+)(?:\.(\w+)\(|: )`) })

// namedCall returns the call among cands of the package (and function)
// that msg names, if there is one such call.
func namedCall(msg string, cands []*placedCand) *placedCand {
	m := pkgMessage().FindStringSubmatch(msg)
	if m == nil {
		return nil
	}
	var found *placedCand
	for _, c := range cands {
		if c.Kind == kCall && c.Pkg == m[1] && (m[2] == "" || c.Name == m[2]) {
			if found != nil {
				return nil
			}
			found = c
		}
	}
	return found
}

// goError returns Go's own runtime error for a candidate of kind k whose
// saved values show that it fails, or nil when they do not.
func goError(k kind, vals []any) any {
	switch k {
	case kIndex:
		if len(vals) == 3 { // a constant index and the operand's length
			idx, _ := toInt(vals[1])
			n, ok := toInt(vals[2])
			if ok && (idx < 0 || idx >= n) {
				return runtimeError(func() { _ = make([]struct{}, n)[idx] })
			}
			return nil
		}
		x, i := reflect.ValueOf(vals[0]), vals[1]
		idx, ok := toInt(i)
		if !ok || !x.IsValid() {
			return nil
		}
		switch x.Kind() {
		case reflect.Slice, reflect.String, reflect.Array:
			if idx < 0 || idx >= int64(x.Len()) {
				return runtimeError(func() { _ = make([]struct{}, x.Len())[idx] })
			}
		case reflect.Pointer:
			if x.IsNil() {
				return runtimeError(func() { var p *[1]int; _ = p[0] })
			}
			if e := x.Elem(); e.Kind() == reflect.Array && (idx < 0 || idx >= int64(e.Len())) {
				return runtimeError(func() { _ = make([]struct{}, e.Len())[idx] })
			}
		}
	case kSlice:
		shape, ok := vals[0].(OperandShape)
		if !ok || shape.Kind == reflect.Invalid {
			return nil
		}
		n, c := shape.Len, shape.Cap
		x := shape
		lo, hasLo := toInt(vals[1])
		hi, hasHi := toInt(vals[2])
		mx, hasMax := toInt(vals[3])
		if !hasLo {
			lo = 0
		}
		if !hasHi {
			hi = int64(n)
		}
		limit := int64(c)
		if x.Kind == reflect.String {
			limit = int64(n)
		}
		if hasMax {
			if mx < 0 || mx > limit || hi < 0 || hi > mx || lo < 0 || lo > hi {
				return runtimeError(func() { s := make([]struct{}, n, c); _ = s[lo:hi:mx] })
			}
			return nil
		}
		if hi < 0 || hi > limit || lo < 0 || lo > hi {
			if x.Kind == reflect.String {
				return runtimeError(func() { s := strings.Repeat(" ", n); _ = s[lo:hi] })
			}
			return runtimeError(func() { s := make([]struct{}, n, c); _ = s[lo:hi] })
		}
	case kDiv:
		d := reflect.ValueOf(vals[0])
		if d.IsValid() && d.CanInt() && d.Int() == 0 || d.IsValid() && d.CanUint() && d.Uint() == 0 {
			return runtimeError(func() { zero := 0; _ = 1 / zero })
		}
	}
	return nil
}

// toInt converts a saved index or bound to an int64; false for nil or a
// value of another kind.
func toInt(v any) (int64, bool) {
	x := reflect.ValueOf(v)
	switch {
	case !x.IsValid():
		return 0, false
	case x.CanInt():
		return x.Int(), true
	case x.CanUint():
		return int64(x.Uint()), true
	}
	return 0, false
}

// runtimeError runs f, which fails as the script's expression did, and
// returns Go's runtime error for it.
func runtimeError(f func()) (err any) {
	defer func() {
		if e, ok := recover().(runtime.Error); ok {
			err = e
		}
	}()
	f()
	return nil
}

// interpreterPos is the position the interpreter puts before some of its
// messages ("/path/x.go:8:7: interface conversion: ...").
var interpreterPos = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\S+\.go:\d+:\d+: `) })

// stripPos removes the interpreter's position from msg.
func stripPos(msg string) string { return interpreterPos().ReplaceAllString(msg, "") }

// isRuntimeError reports whether msg is already Go's runtime error's.
func isRuntimeError(msg string) bool { return strings.Contains(msg, "invalid memory address") }

// OperandShape is what a panic report needs of a sliced operand: its kind,
// length and capacity (a string's capacity is its length).
type OperandShape struct {
	Kind     reflect.Kind // String, Slice or Array; Invalid for anything else
	Len, Cap int
}

// Shape returns x's shape. The marked source calls it, compiled, before a
// statement that slices x, rather than saving x itself (see candidates).
func Shape(x any) OperandShape {
	v := reflect.ValueOf(x)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.String:
		return OperandShape{reflect.String, v.Len(), v.Len()}
	case reflect.Slice, reflect.Array:
		return OperandShape{v.Kind(), v.Len(), v.Cap()}
	}
	return OperandShape{}
}
