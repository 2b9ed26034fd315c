namespace Hartline.Linkage;
