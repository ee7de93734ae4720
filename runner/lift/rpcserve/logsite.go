package rpcserve

import (
	"log"
	"net/rpc"
	"reflect"
	"runtime"
	"sync"

	"github.com/socklab/socklab/runner/lift"
)

// net/rpc logs what goes wrong in its server through package log, from
// its server.go; under a logger whose flags name the file
// (log.Lshortfile, log.Llongfile), a Go build names that file and the
// line of each call, which these are, as the Go release socklab is built
// with has them (a test holds them to the toolchain's source), where this
// package's own calls named its own file and line.
const (
	lineNoName     = 250 // rpc.Register: no service name for type ...
	lineUnexported = 255 // rpc.Register: type ... is not exported
	lineNoMethods  = 273 // rpc.Register: type ... has no exported methods ...
	lineResponse   = 415 // rpc: gob error encoding response: ...
	lineBody       = 424 // rpc: gob error encoding body: ...
	lineAccept     = 633 // rpc.Serve: accept: ...
	lineHijack     = 706 // rpc hijacking ...
)

// netRPCFile is the path of net/rpc's server.go as this binary records it,
// which a Go build by the same toolchain records too.
var netRPCFile = sync.OnceValue(func() string {
	pc := reflect.ValueOf(rpc.NewServer).Pointer()
	file, _ := runtime.FuncForPC(pc).FileLine(pc)
	return file
})

// logAt is log.Print(v...) as net/rpc's server.go calls it at line.
func logAt(line int, v ...any) { lift.LogPrint(log.Default(), netRPCFile(), line, v...) }

// loglnAt is log.Println(v...) as net/rpc's server.go calls it at line.
func loglnAt(line int, v ...any) { lift.LogPrintln(log.Default(), netRPCFile(), line, v...) }
