package docx

import (
	"bytes"
	"fmt"
	"image"
	_ "image/gif" // decoders for image.DecodeConfig
	_ "image/jpeg"
	_ "image/png"
	"io"
	"io/fs"
	"os"
	"path"
	"strconv"
	"strings"

	"gongwen/internal/opc"
)

// maxImageSize bounds one picture read by the image function.
const maxImageSize = 64 << 20

// imageFunc is {{image PATH WIDTH}}: an inline picture WIDTH wide (a
// number of centimetres, or a length with unit cm, mm, in, pt or px),
// its height following the picture's proportions. The picture is read
// during Execute; the marker carries the request to the writer, which adds
// the media part, the relationship and the content type.
func imageFunc(p string, width any) (Raw, error) {
	w, err := parseLength(fmt.Sprint(width))
	if err != nil {
		return "", err
	}
	p = strings.Map(func(r rune) rune {
		if r < 0x20 {
			return -1
		}
		return r
	}, p)
	return Raw(marker('I', strconv.FormatInt(w, 10)+"|"+p)), nil
}

// parseLength converts a length to EMU (914400 per inch).
func parseLength(s string) (int64, error) {
	s = strings.TrimSpace(s)
	units := []struct {
		suffix string
		emu    float64
	}{{"cm", 360000}, {"mm", 36000}, {"in", 914400}, {"pt", 12700}, {"px", 9525}, {"厘米", 360000}, {"毫米", 36000}}
	mul := 360000.0
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, mul = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.emu
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v <= 0 || v > 100000 {
		return 0, fmt.Errorf("image 的宽度 %q 无效（应为如 5cm、40mm 或 5 这样的正数）", s)
	}
	return int64(v * mul), nil
}

// imageState holds what pictures added to the package in one Execute.
type imageState struct {
	ct    *opc.ContentTypes
	rels  map[string]*opc.Relationships // source part → its relationships
	media map[string]imageMedia         // file path → media part
	relID map[string]string             // source part + "\x00" + media part → rId
	names map[string]bool
	n     int
}

type imageMedia struct {
	part string
	w, h int
}

var imageTypes = map[string]string{"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif"}

func (w *writer) image(arg string) error {
	ws, p, _ := strings.Cut(arg, "|")
	width, _ := strconv.ParseInt(ws, 10, 64)
	st := w.st
	if st.img == nil {
		st.img = &imageState{rels: map[string]*opc.Relationships{}, media: map[string]imageMedia{},
			relID: map[string]string{}, names: map[string]bool{}}
		for _, n := range st.t.pkg.Names() {
			st.img.names[n] = true
		}
		b, err := st.t.pkg.Read("[Content_Types].xml")
		if err != nil {
			return fmt.Errorf("插入图片：读取 [Content_Types].xml：%w", err)
		}
		if st.img.ct, err = opc.ParseContentTypes(b); err != nil {
			return fmt.Errorf("插入图片：%w", err)
		}
	}
	im := st.img
	m, ok := im.media[p]
	if !ok {
		data, err := readImage(st.files, p)
		if err != nil {
			return fmt.Errorf("插入图片 %s：%w", p, err)
		}
		cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil || imageTypes[format] == "" || cfg.Width <= 0 || cfg.Height <= 0 {
			return fmt.Errorf("插入图片 %s：不是 PNG、JPEG 或 GIF 图片", p)
		}
		ext := format
		if ext == "jpeg" {
			ext = "jpg"
		}
		var name string
		for {
			im.n++
			name = "word/media/gongwen" + strconv.Itoa(im.n) + "." + ext
			if !im.names[name] {
				break
			}
		}
		im.names[name] = true
		im.ct.AddDefault(ext, imageTypes[format])
		if st.extra == nil {
			st.extra = map[string][]byte{}
		}
		st.extra[name] = data
		m = imageMedia{part: name, w: cfg.Width, h: cfg.Height}
		im.media[p] = m
	}
	src := w.part.name
	key := src + "\x00" + m.part
	rid, ok := im.relID[key]
	if !ok {
		rels, ok := im.rels[src]
		if !ok {
			rels = &opc.Relationships{}
			if b, err := st.t.pkg.Read(opc.RelsName(src)); err == nil {
				if rels, err = opc.ParseRelationships(b); err != nil {
					return fmt.Errorf("插入图片：%w", err)
				}
			}
			im.rels[src] = rels
		}
		target := m.part
		if rel, ok := strings.CutPrefix(m.part, path.Dir(src)+"/"); ok {
			target = rel
		}
		rid = rels.Add(opc.RelImage, target, "")
		im.relID[key] = rid
	}
	height := width * int64(m.h) / int64(m.w)
	id := st.docPr.fresh()
	fmt.Fprintf((*bufWriter)(w), `</w:t><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">`+
		`<wp:extent cx="%d" cy="%d"/><wp:docPr id="%s" name="图片 %s"/>`+
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>`+
		`<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">`+
		`<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="%s"/><pic:cNvPicPr/></pic:nvPicPr>`+
		`<pic:blipFill><a:blip r:embed="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`+
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>`+
		`</a:graphicData></a:graphic></wp:inline></w:drawing><w:t xml:space="preserve">`,
		width, height, id, id, path.Base(m.part), rid, width, height)
	return nil
}

// bufWriter appends to the writer's buffer without interpreting markers.
type bufWriter writer

func (b *bufWriter) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func readImage(files fs.FS, p string) ([]byte, error) {
	var r io.ReadCloser
	var err error
	if files != nil {
		r, err = files.Open(strings.TrimPrefix(path.Clean(strings.ReplaceAll(p, "\\", "/")), "/"))
	} else {
		r, err = os.Open(p)
	}
	if err != nil {
		return nil, err
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, maxImageSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxImageSize {
		return nil, fmt.Errorf("图片超过 %d MiB", maxImageSize>>20)
	}
	return b, nil
}

// finish adds the parts that pictures changed to changes.
func (im *imageState) finish(changes map[string][]byte) {
	if im == nil {
		return
	}
	changes["[Content_Types].xml"] = im.ct.Marshal()
	for src, rels := range im.rels {
		changes[opc.RelsName(src)] = rels.Marshal()
	}
}
