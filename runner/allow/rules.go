package allow

import "strings"

// A rule classifies the symbols of one package: each symbol it names
// explicitly gets its own verdict, every other one the package's default.
// A method is named "Type.Method"; a method of a refused type is refused
// with its type, unless named.
type rule struct {
	def  Verdict
	syms map[string]Verdict
	// consts, where set, is the verdict of the package's constants that
	// syms does not name: a constant is a value, which reaches nothing.
	consts *Verdict
}

func pure() Verdict { return Verdict{Class: Pure} }

// wrapped is a symbol that passes a gate. With lift set, the flag gives the
// script the original instead.
func wrapped(lift Flag, why string) Verdict { return Verdict{Class: Wrapped, Flag: lift, Why: why} }

func refused(flag Flag, why string) Verdict { return Verdict{Class: Refused, Flag: flag, Why: why} }

// rules returns the classification rules for every package a script may
// import, by import path. It is built on demand (by the generator and the
// tests), never when a script starts: a script reads the generated audit.
func rules() map[string]rule {
	r := map[string]rule{}
	for _, p := range strings.Fields(purePackages) {
		r[p] = rule{def: pure()}
	}
	for _, area := range []map[string]rule{filesRules(), netRules(), processRules(), memoryRules(), helperRules()} {
		for p, ru := range area {
			if _, dup := r[p]; dup {
				panic("allow: two rules for package " + p)
			}
			r[p] = ru
		}
	}
	return r
}

// purePackages reach nothing outside the process: they compute, format,
// parse, encode, compress, hash, or work on readers, writers and file
// systems (io/fs.FS) that the script already holds.
const purePackages = `
archive/tar bufio bytes cmp compress/bzip2 compress/flate compress/gzip compress/lzw compress/zlib
container/heap container/list container/ring context
crypto crypto/aes crypto/cipher crypto/des crypto/dsa crypto/ecdh crypto/ecdsa crypto/ed25519
crypto/elliptic crypto/fips140 crypto/hmac crypto/hpke crypto/md5 crypto/mlkem crypto/mlkem/mlkemtest
crypto/rand crypto/rc4 crypto/rsa crypto/sha1 crypto/sha256 crypto/sha3 crypto/sha512 crypto/subtle
crypto/x509/pkix
database/sql database/sql/driver debug/dwarf debug/gosym
embed encoding encoding/ascii85 encoding/asn1 encoding/base32 encoding/base64 encoding/binary encoding/csv
encoding/gob encoding/hex encoding/json encoding/pem encoding/xml errors expvar flag fmt
go/ast go/build/constraint go/constant go/doc go/doc/comment go/format go/printer go/scanner go/token
go/types go/version
hash hash/adler32 hash/crc32 hash/crc64 hash/fnv hash/maphash html
image image/color image/color/palette image/draw image/gif image/jpeg image/png index/suffixarray
io io/fs log log/slog maps math math/big math/bits math/cmplx math/rand math/rand/v2
mime mime/multipart mime/quotedprintable
net/http/cookiejar net/http/fcgi net/http/httptrace net/http/httputil net/http/pprof net/mail net/netip
net/url os/signal path regexp regexp/syntax runtime/metrics runtime/pprof runtime/trace
slices sort strconv strings structs sync
testing testing/cryptotest testing/fstest testing/iotest testing/quick testing/slogtest testing/synctest
text/scanner text/tabwriter text/template/parse time unicode unicode/utf16 unicode/utf8
`
