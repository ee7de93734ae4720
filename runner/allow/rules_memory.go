package allow

// memoryRules classifies what reaches memory, the interpreter's own
// tables or the kernel directly: refused unless --allow-unsafe is given.
func memoryRules() map[string]rule {
	door := refused(Unsafe, "reaches memory through a raw pointer")
	byName := refused(Unsafe, "calls methods by name, around the symbol check")
	tables := refused(NoFlag, "the interpreter's own symbol tables hold every symbol, refused ones too")
	build := wrapped(NoFlag, "refuses a type that holds Go's own version of a type socklab gates, or a refused type")
	reflectSyms := map[string]Verdict{}
	for _, n := range []string{"New", "Zero", "MakeSlice", "MakeMap", "MakeMapWithSize", "MakeChan", "MakeFunc",
		"ArrayOf", "SliceOf", "ChanOf", "MapOf", "FuncOf", "StructOf", "PointerTo", "PtrTo"} {
		reflectSyms[n] = build
	}
	return map[string]rule{
		"reflect": {def: pure(), syms: merge(reflectSyms, map[string]Verdict{
			"NewAt":               door,
			"SliceAt":             door,
			"SliceHeader":         door,
			"StringHeader":        door,
			"Value.UnsafePointer": door,
			"Value.UnsafeAddr":    door,
			"Value.Pointer":       door,
			"Value.SetPointer":    door,
			"Value.Method":        byName,
			"Value.MethodByName":  byName,
			"Type.Method":         byName,
			"Type.MethodByName":   byName,
			"Value.Convert":       refused(Unsafe, "converts to any type of the same layout, such as Go's own http.Transport from socklab's"),
		})},
		"runtime": {def: pure(), syms: map[string]Verdict{
			"SetCgoTraceback": refused(Unsafe, "installs raw function pointers"),
			"NumGoroutine":    wrapped(NoFlag, "leaves out socklab's own goroutines in the script process, as Go leaves out its runtime's own"),
		}},
		"sync/atomic": {def: pure(), syms: map[string]Verdict{
			"CompareAndSwapPointer": refused(Unsafe, "works on unsafe.Pointer"),
			"LoadPointer":           refused(Unsafe, "works on unsafe.Pointer"),
			"StorePointer":          refused(Unsafe, "works on unsafe.Pointer"),
			"SwapPointer":           refused(Unsafe, "works on unsafe.Pointer"),
		}},
		"runtime/debug": {def: pure(), syms: map[string]Verdict{
			"WriteHeapDump": refused(Unsafe, "writes the process's memory to any file descriptor"),
		}},
		"syscall": {def: refused(Unsafe, "calls the kernel directly, around every gate"),
			consts: &Verdict{Class: Pure, Why: "a value: an error number (ECONNREFUSED), a signal (SIGTERM) or a flag, for errors.Is and signal.Notify"},
			syms: map[string]Verdict{
				"Errno":  {Class: Pure, Why: "an error number, as net's errors wrap them (errors.Is(err, syscall.ECONNREFUSED))"},
				"Signal": {Class: Pure, Why: "a signal number, for os/signal (signal.Notify(c, syscall.SIGTERM))"},
				// Their methods compute on the number.
				"Errno.Error": pure(), "Errno.Is": pure(), "Errno.Temporary": pure(), "Errno.Timeout": pure(),
				"Signal.Signal": pure(), "Signal.String": pure(),
			}},
		"unsafe": {def: refused(Unsafe, "reaches memory through raw pointers"), syms: map[string]Verdict{
			"Sizeof":   {Class: Pure, Why: "a constant the compiler works out from the type: reaches no memory"},
			"Alignof":  {Class: Pure, Why: "a constant the compiler works out from the type: reaches no memory"},
			"Offsetof": {Class: Pure, Why: "a constant the compiler works out from the type: reaches no memory"},
		}},
		"github.com/traefik/yaegi":                     {def: refused(Unsafe, "the interpreter's conversion helper for unsafe")},
		"github.com/traefik/yaegi/stdlib":              {def: tables},
		"github.com/traefik/yaegi/stdlib/unsafe":       {def: tables},
		"github.com/traefik/yaegi/stdlib/syscall":      {def: tables},
		"github.com/traefik/yaegi/stdlib/unrestricted": {def: tables},
		".": {def: Verdict{Class: Pure, Why: "the interpreter's own map of interface methods, which it needs to wrap script values"}},
	}
}

// processRules classifies what starts programs: refused unless --allow-exec
// is given.
func processRules() map[string]rule {
	return map[string]rule{
		"os/exec": {def: refused(Exec, "starts programs")},
		"net/http/cgi": {def: pure(), syms: map[string]Verdict{
			"Handler": refused(Exec, "runs a program for each request"),
		}},
	}
}

// helperRules classifies socklab's helper packages, which listen and dial
// only through the network gate themselves.
func helperRules() map[string]rule {
	const root = "github.com/socklab/socklab/stdlib/"
	gate := wrapped(NoFlag, "passes the network gate")
	return map[string]rule{
		root + "sock":    {def: pure(), syms: map[string]Verdict{"Listen": gate, "Dial": gate, "Connect": gate, "DialTimeout": gate}},
		root + "frame":   {def: pure()},
		root + "console": {def: pure()},
	}
}

// merge returns the entries of a and b in one map.
func merge(a, b map[string]Verdict) map[string]Verdict {
	for k, v := range b {
		a[k] = v
	}
	return a
}
