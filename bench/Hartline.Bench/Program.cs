Console.WriteLine(Hartline.Jurisdictions.Jurisdiction.Load("connecticut").Name);
