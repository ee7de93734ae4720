package watch

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Quiet is how long the files must stay untouched after an event before
// their content is compared: long enough to fold an editor's burst of
// events (write a temporary file, rename it, change its mode) into one
// change, short enough that the new version runs at once.
const Quiet = 20 * time.Millisecond

// Changes reports the files under a folder whose content changed. It
// watches folders rather than files, so that it sees a file that an editor
// saves by writing a new file and renaming it over the old one.
type Changes struct {
	// C receives, after each burst of events, the files whose content
	// differs from what it was at the last report (or at the start).
	C <-chan []string
	// Errors receives the watcher's errors; watching goes on.
	Errors <-chan error

	root     string
	relevant func(path string) bool
	quiet    time.Duration // Quiet, but for tests
	w        *fsnotify.Watcher
	sums     map[string][sha256.Size]byte
	c        chan []string
	done     chan struct{}
	ended    chan struct{}
}

// WatchChanges watches root and its subfolders for files for which
// relevant (given the file's path) returns true.
func WatchChanges(root string, relevant func(path string) bool) (*Changes, error) {
	return watchChanges(root, relevant, Quiet)
}

// watchChanges is WatchChanges with a quiet period of its own.
func watchChanges(root string, relevant func(path string) bool, quiet time.Duration) (*Changes, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watching %s: %w", root, err)
	}
	c := &Changes{
		root: root, relevant: relevant, quiet: quiet, w: w,
		sums: map[string][sha256.Size]byte{},
		c:    make(chan []string), done: make(chan struct{}), ended: make(chan struct{}),
	}
	c.C, c.Errors = c.c, w.Errors
	if err := c.addTree(root, nil); err != nil {
		w.Close()
		return nil, err
	}
	go c.loop()
	return c, nil
}

// Close stops watching.
func (c *Changes) Close() error {
	close(c.done)
	err := c.w.Close()
	<-c.ended
	return err
}

// addTree watches dir and the folders below it. It notes the content of
// the relevant files in them or, given pending, marks them pending: files
// in a new folder are new.
func (c *Changes) addTree(dir string, pending map[string]bool) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == dir {
				return fmt.Errorf("watching %s: %w", dir, err)
			}
			return nil // a folder that vanished or cannot be read: nothing to watch there
		}
		if d.IsDir() {
			if path != c.root && Ignored(d.Name()) {
				return filepath.SkipDir
			}
			if err := c.w.Add(path); err != nil {
				return fmt.Errorf("watching %s: %w", path, err)
			}
			return nil
		}
		if !c.wanted(path) {
			return nil
		}
		if pending != nil {
			pending[path] = true
		} else if sum, ok := hashFile(path); ok {
			c.sums[path] = sum
		}
		return nil
	})
}

func (c *Changes) wanted(path string) bool {
	return !Ignored(filepath.Base(path)) && c.relevant(path)
}

func (c *Changes) loop() {
	defer close(c.ended)
	pending := map[string]bool{}
	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	for {
		select {
		case ev, ok := <-c.w.Events:
			if !ok {
				return
			}
			c.note(ev, pending, quiet)
		case <-quiet.C:
			if changed := c.compare(pending); len(changed) > 0 {
				select {
				case c.c <- changed:
				case <-c.done:
					return
				}
			}
			clear(pending)
		case <-c.done:
			return
		}
	}
}

// note records an event and restarts the quiet period.
func (c *Changes) note(ev fsnotify.Event, pending map[string]bool, quiet *time.Timer) {
	if ev.Op == fsnotify.Chmod {
		return // touching a file's mode changes nothing in it
	}
	if ev.Has(fsnotify.Create) {
		if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() && !Ignored(fi.Name()) {
			// A new folder (a package of the lesson, perhaps): its files
			// may have been written before it was watched.
			c.addTree(ev.Name, pending)
			quiet.Reset(c.quiet)
			return
		}
	}
	if !c.wanted(ev.Name) {
		return
	}
	pending[ev.Name] = true
	quiet.Reset(c.quiet)
}

// compare returns, sorted, the pending files whose content differs from the
// last noted. A file that is gone counts as unchanged: an editor between
// two steps of a save, or a file deleted, gives nothing new to run.
func (c *Changes) compare(pending map[string]bool) []string {
	var changed []string
	for path := range pending {
		sum, ok := hashFile(path)
		if !ok {
			continue
		}
		if old, seen := c.sums[path]; seen && old == sum {
			continue
		}
		c.sums[path] = sum
		changed = append(changed, path)
	}
	sort.Strings(changed)
	return changed
}

func hashFile(path string) ([sha256.Size]byte, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return [sha256.Size]byte{}, false
	}
	return sha256.Sum256(b), true
}
