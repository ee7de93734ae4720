package rewrite

// A convKeep is what a function of Go's library does with a []byte or a
// []rune passed to it, as Go's escape analysis finds.
type convKeep int

const (
	convKeeps   convKeep = 1 << iota // keeps it nowhere
	convReturns                      // returns it (its first argument), or a slice of it
	convWrites                       // writes its elements or appends to it
)

// convLibrary are the functions of Go's library that pass convstack
// follows a converted slice into, by their full names; the others it
// cannot follow. Each is checked against go build -gcflags=-m.
var convLibrary = map[string]convKeep{
	"(*os.File).Write":            convKeeps,
	"(*strings.Builder).Write":    convKeeps,
	"(*bytes.Buffer).Write":       convKeeps,
	"bytes.Clone":                 convKeeps,
	"bytes.Compare":               convKeeps,
	"bytes.Contains":              convKeeps,
	"bytes.ContainsAny":           convKeeps,
	"bytes.ContainsRune":          convKeeps,
	"bytes.Count":                 convKeeps,
	"bytes.Equal":                 convKeeps,
	"bytes.EqualFold":             convKeeps,
	"bytes.HasPrefix":             convKeeps,
	"bytes.HasSuffix":             convKeeps,
	"bytes.Index":                 convKeeps,
	"bytes.IndexByte":             convKeeps,
	"bytes.IndexRune":             convKeeps,
	"bytes.LastIndex":             convKeeps,
	"bytes.Repeat":                convKeeps,
	"bytes.ToLower":               convKeeps,
	"bytes.ToTitle":               convKeeps,
	"bytes.ToUpper":               convKeeps,
	"slices.Clone":                convKeeps,
	"slices.Contains":             convKeeps,
	"slices.Equal":                convKeeps,
	"slices.Index":                convKeeps,
	"slices.Reverse":              convKeeps | convWrites,
	"slices.Sort":                 convKeeps | convWrites,
	"unicode/utf8.DecodeLastRune": convKeeps,
	"unicode/utf8.DecodeRune":     convKeeps,
	"unicode/utf8.RuneCount":      convKeeps,
	"unicode/utf8.Valid":          convKeeps,
	"bytes.Trim":                  convReturns,
	"bytes.TrimSpace":             convReturns,
	"slices.Clip":                 convReturns,
	"slices.Insert":               convReturns | convWrites,
	"strconv.AppendInt":           convReturns | convWrites,
	"strconv.AppendQuote":         convReturns | convWrites,
	"unicode/utf8.AppendRune":     convReturns | convWrites,
}
