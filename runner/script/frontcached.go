package script

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/socklab/socklab/runner/front"
	"github.com/socklab/socklab/runner/frontcache"
)

// FrontCached is Front, with the work of an earlier run on the same script
// taken from c where there is one: a student reruns a script again and
// again, and the type check and rewrite of one that has not changed give
// what they gave. The key holds all the work reads: binary, which says
// which socklab does it (see proc), the script file's path and text, the
// options that change it, and GODEBUG, which the type checker reads. Only
// the work on a script whose file is all it reads is stored
// (checked.alone): one that imports a local package or embeds a file
// reads others, and an error is not stored. It reports whether it took
// the work from c.
func FrontCached(o Options, hints bool, w io.Writer, c *frontcache.Cache, binary []byte) (cached bool) {
	abs, err := filepath.Abs(o.Path)
	if err != nil {
		front.NewWriter(w).Source(front.Source{Err: fmt.Sprintf("socklab: %v", err)})
		return false
	}
	o.Path = abs
	src, err := os.ReadFile(abs)
	if err != nil {
		frontOf(o, hints, w, nil) // which reports it
		return false
	}
	k := frontcache.KeyOf(binary, []byte(abs), []byte(o.Display), []byte(fmt.Sprint(o.AllowNet, o.AllowFiles, o.AllowExec, o.AllowUnsafe, hints)), []byte(os.Getenv("GODEBUG")), src)
	if data, ok := c.Get(k); ok {
		w.Write(data)
		return true
	}
	var work bytes.Buffer
	if frontOf(o, hints, io.MultiWriter(w, &work), src) {
		c.Put(k, work.Bytes()) // best effort: the next run does the work again
		c.Trim(time.Now())
	}
	return false
}
