package lift

// The pool of gob's stand-ins for a script's types with methods of gob's
// (see GobEncodeMethod): GobMethodsPerKind of each kind. TestGobProxyPool
// keeps it whole.

import "reflect"

type (
	GobCoder_1    struct{ m gobMethodValues }
	GobCoder_2    struct{ m gobMethodValues }
	GobCoder_3    struct{ m gobMethodValues }
	GobCoder_4    struct{ m gobMethodValues }
	GobCoder_5    struct{ m gobMethodValues }
	GobCoder_6    struct{ m gobMethodValues }
	GobCoder_7    struct{ m gobMethodValues }
	GobCoder_8    struct{ m gobMethodValues }
	BinaryCoder_1 struct{ m gobMethodValues }
	BinaryCoder_2 struct{ m gobMethodValues }
	BinaryCoder_3 struct{ m gobMethodValues }
	BinaryCoder_4 struct{ m gobMethodValues }
	BinaryCoder_5 struct{ m gobMethodValues }
	BinaryCoder_6 struct{ m gobMethodValues }
	BinaryCoder_7 struct{ m gobMethodValues }
	BinaryCoder_8 struct{ m gobMethodValues }
)

func (p GobCoder_1) GobEncode() ([]byte, error)         { return p.m.encode() }
func (p *GobCoder_1) GobDecode(b []byte) error          { return p.m.decode(b) }
func (p BinaryCoder_1) MarshalBinary() ([]byte, error)  { return p.m.encode() }
func (p *BinaryCoder_1) UnmarshalBinary(b []byte) error { return p.m.decode(b) }
func (p GobCoder_2) GobEncode() ([]byte, error)         { return p.m.encode() }
func (p *GobCoder_2) GobDecode(b []byte) error          { return p.m.decode(b) }
func (p BinaryCoder_2) MarshalBinary() ([]byte, error)  { return p.m.encode() }
func (p *BinaryCoder_2) UnmarshalBinary(b []byte) error { return p.m.decode(b) }
func (p GobCoder_3) GobEncode() ([]byte, error)         { return p.m.encode() }
func (p *GobCoder_3) GobDecode(b []byte) error          { return p.m.decode(b) }
func (p BinaryCoder_3) MarshalBinary() ([]byte, error)  { return p.m.encode() }
func (p *BinaryCoder_3) UnmarshalBinary(b []byte) error { return p.m.decode(b) }
func (p GobCoder_4) GobEncode() ([]byte, error)         { return p.m.encode() }
func (p *GobCoder_4) GobDecode(b []byte) error          { return p.m.decode(b) }
func (p BinaryCoder_4) MarshalBinary() ([]byte, error)  { return p.m.encode() }
func (p *BinaryCoder_4) UnmarshalBinary(b []byte) error { return p.m.decode(b) }
func (p GobCoder_5) GobEncode() ([]byte, error)         { return p.m.encode() }
func (p *GobCoder_5) GobDecode(b []byte) error          { return p.m.decode(b) }
func (p BinaryCoder_5) MarshalBinary() ([]byte, error)  { return p.m.encode() }
func (p *BinaryCoder_5) UnmarshalBinary(b []byte) error { return p.m.decode(b) }
func (p GobCoder_6) GobEncode() ([]byte, error)         { return p.m.encode() }
func (p *GobCoder_6) GobDecode(b []byte) error          { return p.m.decode(b) }
func (p BinaryCoder_6) MarshalBinary() ([]byte, error)  { return p.m.encode() }
func (p *BinaryCoder_6) UnmarshalBinary(b []byte) error { return p.m.decode(b) }
func (p GobCoder_7) GobEncode() ([]byte, error)         { return p.m.encode() }
func (p *GobCoder_7) GobDecode(b []byte) error          { return p.m.decode(b) }
func (p BinaryCoder_7) MarshalBinary() ([]byte, error)  { return p.m.encode() }
func (p *BinaryCoder_7) UnmarshalBinary(b []byte) error { return p.m.decode(b) }
func (p GobCoder_8) GobEncode() ([]byte, error)         { return p.m.encode() }
func (p *GobCoder_8) GobDecode(b []byte) error          { return p.m.decode(b) }
func (p BinaryCoder_8) MarshalBinary() ([]byte, error)  { return p.m.encode() }
func (p *BinaryCoder_8) UnmarshalBinary(b []byte) error { return p.m.decode(b) }

// gobProxies are the pool's types, by kind (gobKindGob, gobKindBinary).
var gobProxies = [2][]reflect.Type{
	{reflect.TypeFor[GobCoder_1](), reflect.TypeFor[GobCoder_2](), reflect.TypeFor[GobCoder_3](), reflect.TypeFor[GobCoder_4](), reflect.TypeFor[GobCoder_5](), reflect.TypeFor[GobCoder_6](), reflect.TypeFor[GobCoder_7](), reflect.TypeFor[GobCoder_8]()},
	{reflect.TypeFor[BinaryCoder_1](), reflect.TypeFor[BinaryCoder_2](), reflect.TypeFor[BinaryCoder_3](), reflect.TypeFor[BinaryCoder_4](), reflect.TypeFor[BinaryCoder_5](), reflect.TypeFor[BinaryCoder_6](), reflect.TypeFor[BinaryCoder_7](), reflect.TypeFor[BinaryCoder_8]()},
}
