package lift

import (
	"embed"
	"encoding/base64"
	"reflect"

	"github.com/socklab/socklab/runner/embedfs"
)

// The variables a //go:embed directive gives files: pass embed of
// runner/rewrite writes the files read when socklab prepared the script
// into their declarations, as Go's build writes them into the program.

// EmbedBytes returns a []byte variable's embedded file: a slice of its
// own, of a capacity equal to its length, as the compiler lays it out.
func EmbedBytes(data string) []byte {
	b := make([]byte, len(data))
	copy(b, data)
	return b
}

// EmbedFS returns the embed.FS of files given as pairs of a name and its
// contents (a folder's name ends in a slash, with no contents). The front
// end refused the variable where embedfs cannot build one (embedfs.Layout),
// so an error here is socklab's own.
func EmbedFS(namesAndData ...string) embed.FS {
	files := make([]embedfs.File, 0, len(namesAndData)/2)
	for i := 0; i+1 < len(namesAndData); i += 2 {
		files = append(files, embedfs.File{Name: namesAndData[i], Data: namesAndData[i+1]})
	}
	fsys, err := embedfs.New(files)
	if err != nil {
		panic("socklab: " + err.Error())
	}
	return fsys
}

// Unbase64 returns the bytes that s, a file's contents that pass embed
// wrote in standard base64, encodes.
func Unbase64(s string) string {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		panic("socklab: an embedded file's base64: " + err.Error())
	}
	return string(b)
}

func embedSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"EmbedBytes": reflect.ValueOf(EmbedBytes),
		"EmbedFS":    reflect.ValueOf(EmbedFS),
		"Unbase64":   reflect.ValueOf(Unbase64),
	}
}
