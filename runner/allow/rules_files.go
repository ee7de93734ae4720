package allow

// filesRules classifies what reaches files: each path a script names passes
// the file gate (runner/fsgate), which keeps it inside the script's folder
// unless --allow-files is given.
func filesRules() map[string]rule {
	const gate = "its path passes the file gate"
	fileGate := wrapped(Files, gate)
	listed := func(names ...string) map[string]Verdict {
		m := map[string]Verdict{}
		for _, n := range names {
			m[n] = fileGate
		}
		return m
	}
	osSyms := listed("Open", "OpenFile", "Create", "ReadFile", "WriteFile", "ReadDir", "Remove", "RemoveAll",
		"Rename", "Mkdir", "MkdirAll", "MkdirTemp", "CreateTemp", "Stat", "Lstat", "Chdir", "Chmod", "Chown",
		"Lchown", "Chtimes", "Truncate", "Symlink", "Link", "Readlink")
	osSyms["DirFS"] = wrapped(Files, "each name its fs.FS opens, joined to the folder, passes the file gate, which follows links as the kernel does")
	osSyms["CopyFS"] = wrapped(Files, "the folder, each path it makes below it and each link's target pass the file gate")
	osSyms["OpenRoot"] = wrapped(Files, "its path passes the file gate; a Root opens nothing outside its folder")
	osSyms["OpenInRoot"] = wrapped(Files, "its folder passes the file gate; a Root opens nothing outside it")
	osSyms["NewFile"] = refused(Unsafe, "wraps any open file descriptor, socklab's own among them")
	osSyms["StartProcess"] = refused(Exec, "starts a program")
	osSyms["FindProcess"] = refused(Exec, "signals or waits for another process")
	osSyms["Process"] = refused(Exec, "a process reaches only through StartProcess or FindProcess")
	osSyms["ProcAttr"] = refused(Exec, "the attributes of StartProcess")
	osSyms["Exit"] = pure() // the script has a process of its own

	ioutil := listed("ReadFile", "WriteFile", "ReadDir", "TempFile", "TempDir")

	debugOpen := func(names ...string) rule { return rule{def: pure(), syms: listed(names...)} }
	templates := func() rule {
		return rule{def: pure(), syms: map[string]Verdict{
			"ParseFiles":          fileGate,
			"ParseGlob":           wrapped(Files, "the pattern's folder and each match pass the file gate"),
			"Template.ParseFiles": refused(Files, "opens files around the gate: use template.ParseFiles, or read the file and call Parse"),
			"Template.ParseGlob":  refused(Files, "opens files around the gate: use template.ParseGlob, or read the file and call Parse"),
		}}
	}
	return map[string]rule{
		"os":              {def: pure(), syms: osSyms},
		"io/ioutil":       {def: pure(), syms: ioutil},
		"archive/zip":     {def: pure(), syms: listed("OpenReader")},
		"debug/elf":       debugOpen("Open"),
		"debug/macho":     debugOpen("Open", "OpenFat"),
		"debug/pe":        debugOpen("Open"),
		"debug/plan9obj":  debugOpen("Open"),
		"debug/buildinfo": debugOpen("ReadFile"),
		"path/filepath": {def: pure(), syms: map[string]Verdict{
			"Glob":         wrapped(Files, "the pattern's folder and each match pass the file gate"),
			"Walk":         fileGate,
			"WalkDir":      fileGate,
			"EvalSymlinks": fileGate,
		}},
		"go/parser": {def: pure(), syms: map[string]Verdict{
			"ParseFile": wrapped(Files, "with no source given, the file's path passes the file gate"),
			"ParseDir":  fileGate,
		}},
		"go/build": {def: pure(), syms: map[string]Verdict{
			"Default":   refused(Exec, "its Import runs the go command and reads GOROOT"),
			"Import":    refused(Exec, "runs the go command and reads GOROOT"),
			"ImportDir": refused(Exec, "runs the go command and reads GOROOT"),
			"Context":   refused(Exec, "its Import runs the go command and reads GOROOT"),
		}},
		"go/importer":   {def: refused(Exec, "runs the go command to find export data")},
		"text/template": templates(),
		"html/template": templates(),
		"os/user": {def: pure(), syms: map[string]Verdict{
			"Lookup":        refused(Files, "reads the system's user database"),
			"LookupId":      refused(Files, "reads the system's user database"),
			"LookupGroup":   refused(Files, "reads the system's group database"),
			"LookupGroupId": refused(Files, "reads the system's group database"),
			"User.GroupIds": refused(Files, "reads the system's group database"),
		}},
		"crypto/x509": {def: pure(), syms: map[string]Verdict{
			"SystemCertPool": {Class: Pure, Why: "reads only the system's certificates, as every TLS client does"},
		}},
	}
}
