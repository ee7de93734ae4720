package typecheck

// MemProfiled reports whether a Go build of the checked packages samples
// its allocations for the memory profile. Go's linker turns the sampling
// off, and runtime.MemProfileRate reads 0, in a program that cannot read
// the profile: one that reaches none of the functions that do. Those are
// runtime.MemProfile, the functions of runtime/pprof that list its
// profiles (the heap profile among them), and net/http/pprof, whose
// initialiser serves them. Elsewhere the rate is Go's default, or GODEBUG's
// memprofilerate.
func MemProfiled(pkgs []*Package) bool {
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, spec := range f.Imports {
				if spec.Path.Value == `"net/http/pprof"` {
					return true
				}
			}
		}
		if p.Info == nil {
			continue
		}
		for _, obj := range p.Info.Uses {
			if obj.Pkg() != nil && memProfileReaders[obj.Pkg().Path()+"."+obj.Name()] {
				return true
			}
		}
	}
	return false
}

// memProfileReaders are the library's functions that keep the memory
// profile in a Go build, found by building a program that uses each: the
// other functions of runtime/pprof (its labels, the CPU profile, the
// methods of a Profile, which only these give) leave it out.
var memProfileReaders = map[string]bool{
	"runtime.MemProfile":             true,
	"runtime/pprof.Lookup":           true,
	"runtime/pprof.NewProfile":       true,
	"runtime/pprof.Profiles":         true,
	"runtime/pprof.WriteHeapProfile": true,
}
