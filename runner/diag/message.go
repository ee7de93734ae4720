package diag

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/socklab/socklab/runner/netgate"
)

// Describe turns a panic value into a plain message. The interpreter runs
// scripts through reflection, so Go's runtime errors often surface as
// reflect messages; Describe says what they mean in the script's terms.
func Describe(v any) string {
	var msg string
	switch x := v.(type) {
	case *reflect.ValueError:
		return "a nil value was used (a variable that was never set, or a missing result?)"
	case runtime.Error:
		msg = x.Error()
	case error:
		msg = x.Error()
	case string:
		msg = x
	default:
		msg = fmt.Sprint(v)
	}
	return Plain(msg)
}

// rewrites maps reflect and runtime wording to what a student would expect.
var rewrites = sync.OnceValue(func() []rewrite {
	return []rewrite{
		{regexp.MustCompile(`^reflect: (slice|string|array) index out of range$`), "index out of range: the index is not smaller than the length of the $1"},
		{regexp.MustCompile(`^reflect\.Value\.Slice3?: (?:string slice|slice|string) index out of bounds$`), "slice bounds out of range: a bound is past the length of the slice or string"},
		{regexp.MustCompile(`^reflect: call of reflect\.Value\.\w+ on zero Value$`), "a nil value was used (a variable that was never set, or a missing result?)"},
		{regexp.MustCompile(`^reflect: Call using zero Value argument$`), "a nil value was used (a variable that was never set, or a missing result?)"},
		{regexp.MustCompile(`^reflect: call of reflect\.Value\.\w+ on (?:ptr|pointer) Value$`), "invalid memory address or nil pointer dereference"},
		{regexp.MustCompile(`^reflect: Method on nil interface value$`), "invalid memory address or nil pointer dereference"}, // a method of a nil interface a struct embeds
		{regexp.MustCompile(`^reflect\.Value\.SetMapIndex: .*nil map.*$`), "assignment to entry in nil map: make the map first (m := map[K]V{})"},
		{regexp.MustCompile(`^reflect\.Value\.Convert: value of type (.+) cannot be converted to type (.+)$`), "cannot convert a $1 to $2"},
		{regexp.MustCompile(`^reflect: cannot convert slice with length (\d+) to (?:pointer to )?array with length (\d+)$`), "cannot convert slice with length $1 to array or pointer to array with length $2"},
		{regexp.MustCompile(`^runtime error: `), ""},
		{regexp.MustCompile(`^\S+\.go:\d+:\d+: `), ""}, // the interpreter's position, before its own messages
		{regexp.MustCompile(`^interface conversion: interface \{\} is`), "interface conversion: the value is"},
	}
})

// A rewrite replaces the text re matches with with.
type rewrite struct {
	re   *regexp.Regexp
	with string
}

// Plain rewrites one message as Describe does. A network failure in Go's
// words gets a hint, since the script did not handle it.
func Plain(msg string) string {
	msg = strings.TrimSpace(msg)
	for _, r := range rewrites() {
		if r.re.MatchString(msg) {
			msg = r.re.ReplaceAllString(msg, r.with)
		}
	}
	msg = nameMarked(msg)
	msg = NameUncomparables(msg)
	if r := typeNames.Load(); r != nil {
		msg = r.Replace(msg)
	}
	if hint := netgate.Hint(msg); hint != "" {
		msg += ": " + hint
	}
	return msg
}

// typeNames replaces, in messages, the names of compiled types that stand
// for types of the script with the script's names (see NameTypes).
var typeNames atomic.Pointer[strings.Replacer]

// NameTypes has messages name each compiled type of names (lift.Float64_1)
// by the name of the script's type it stands for (main.Celsius), as Go
// names it.
func NameTypes(names map[string]string) {
	var pairs []string
	for from, to := range names {
		pairs = append(pairs, from, to)
	}
	typeNames.Store(strings.NewReplacer(pairs...))
}

// ErrEndOfInput is the panic value of a script that asked for input after
// its standard input ended; the script then ends with exit status 0.
var ErrEndOfInput = errors.New("end of standard input")
