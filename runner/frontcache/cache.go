// Package frontcache keeps the front end's work on a script (package
// script's Front: its parse, type check, refusals and rewrite), so that
// rerunning a script that has not changed since skips that work, as the
// go command's build cache skips a build. An entry is found by a key of
// everything the work read (the socklab binary, the script's text and
// path, the options that change it) and holds the bytes the script
// process reads, with a checksum: a damaged entry is no entry.
package frontcache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// EnvCache names the environment variable that turns the cache off when
// it is "off".
const EnvCache = "SOCKLAB_CACHE"

// A Key identifies the work on one script.
type Key [sha256.Size]byte

// KeyOf returns the key of parts, each taken whole (a part's end is not
// the next one's start).
func KeyOf(parts ...[]byte) Key {
	h := sha256.New()
	var n [8]byte
	for _, p := range parts {
		binary.LittleEndian.PutUint64(n[:], uint64(len(p)))
		h.Write(n[:])
		h.Write(p)
	}
	var k Key
	h.Sum(k[:0])
	return k
}

// A Cache is a folder of entries.
type Cache struct {
	dir string
}

// Open returns the cache in dir, which it creates if need be.
func Open(dir string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("opening the front end's cache: %w", err)
	}
	return &Cache{dir: dir}, nil
}

// Default returns the cache in the user's cache folder (socklab/front
// there), or nil where there is none or EnvCache turns it off.
func Default() *Cache {
	if os.Getenv(EnvCache) == "off" {
		return nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return nil
	}
	c, err := Open(filepath.Join(dir, "socklab", "front"))
	if err != nil {
		return nil
	}
	return c
}

// Dir returns the cache's folder.
func (c *Cache) Dir() string { return c.dir }

// magic starts every entry, before the checksum of its data.
const magic = "socklab front 1\n"

// file is the path of the entry of k.
func (c *Cache) file(k Key) string {
	return filepath.Join(c.dir, hex.EncodeToString(k[:]))
}

// Get returns the data of the entry of k, if there is one and it is whole.
// It marks the entry used, so that Trim keeps it.
func (c *Cache) Get(k Key) ([]byte, bool) {
	name := c.file(k)
	b, err := os.ReadFile(name)
	if err != nil || !bytes.HasPrefix(b, []byte(magic)) || len(b) < len(magic)+sha256.Size {
		return nil, false
	}
	sum, data := b[len(magic):len(magic)+sha256.Size], b[len(magic)+sha256.Size:]
	if got := sha256.Sum256(data); !bytes.Equal(got[:], sum) {
		return nil, false
	}
	if fi, err := os.Stat(name); err == nil && time.Since(fi.ModTime()) > time.Hour {
		now := time.Now()
		os.Chtimes(name, now, now) // best effort: at worst Trim removes it sooner
	}
	return data, true
}

// Put stores data as the entry of k, whole or not at all.
func (c *Cache) Put(k Key, data []byte) error {
	f, err := os.CreateTemp(c.dir, "tmp-")
	if err != nil {
		return fmt.Errorf("writing to the front end's cache: %w", err)
	}
	sum := sha256.Sum256(data)
	_, err = f.Write(append(append([]byte(magic), sum[:]...), data...))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), c.file(k))
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("writing to the front end's cache: %w", err)
	}
	return nil
}

// Unused is how long an entry that no run used stays in the cache, and
// trimEvery how often Trim looks for such entries.
const (
	Unused    = 5 * 24 * time.Hour
	trimEvery = 24 * time.Hour
)

// Trim removes the entries no run used in the last Unused, and temporary
// files left by a Put that did not finish, at most once every trimEvery.
func (c *Cache) Trim(now time.Time) error {
	mark := filepath.Join(c.dir, "trimmed")
	if fi, err := os.Stat(mark); err == nil && now.Sub(fi.ModTime()) < trimEvery {
		return nil
	}
	entries, err := os.ReadDir(c.dir)
	if err != nil {
		return fmt.Errorf("trimming the front end's cache: %w", err)
	}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if name == "trimmed" || e.IsDir() {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		old := now.Sub(fi.ModTime())
		if strings.HasPrefix(name, "tmp-") && old > time.Hour || old > Unused {
			if err := os.Remove(filepath.Join(c.dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, err)
			}
		}
	}
	if err := os.WriteFile(mark, nil, 0o600); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("trimming the front end's cache: %w", err)
	}
	return nil
}
