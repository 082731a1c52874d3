namespace Coop.Domain.Calendar;

/// <summary>
/// The positions of the Sun and the Moon, sunset and moonset, and the geocentric new moon, to the accuracy a
/// crescent-visibility prediction needs (a few hundredths of a degree, a minute of time). Used only to project
/// the lunar holidays of years without an official calendar (<see cref="HijriProjection"/>).
/// </summary>
/// <remarks>
/// <para>
/// Algorithms from J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998): the Sun by the low-accuracy
/// method of chapter 25 (about 0.01°), the Moon by the truncated ELP-2000/82 series of chapter 47 (the book's
/// full tables 47.A and 47.B: about 10″ in longitude, 4″ in latitude), sidereal time by chapter 12, and the
/// rise/set altitudes of chapter 15 (Sun −0°50′; Moon 0.7275 π − 0°34′). ΔT = TT − UT uses the long-term
/// parabola −20 + 32 u² s (u in centuries from 1820), off by under a minute over 1800–2150, which moves the
/// Moon by under 0.01°. The tests check the book's worked examples 47.a and 49.a.
/// </para>
/// <para>Times are Julian days; <c>jd</c> is Universal Time, <c>jde</c> Terrestrial Time. Angles are degrees.</para>
/// </remarks>
internal static class LunarAstronomy
{
    /// <summary>Julian day of 0001-01-01 00:00 UT, the origin of <see cref="DateOnly.DayNumber"/>.</summary>
    internal const double DayNumberEpoch = 1721425.5;

    private const double Deg = Math.PI / 180;

    // Table 47.A: multiples of D, M, M', F; coefficients of Σl (1e-6 degree) and Σr (1e-3 km).
    private static readonly (sbyte D, sbyte M, sbyte Mp, sbyte F, int L, int R)[] s_longitudeTerms =
    [
        (0, 0, 1, 0, 6288774, -20905355), (2, 0, -1, 0, 1274027, -3699111), (2, 0, 0, 0, 658314, -2955968),
        (0, 0, 2, 0, 213618, -569925), (0, 1, 0, 0, -185116, 48888), (0, 0, 0, 2, -114332, -3149),
        (2, 0, -2, 0, 58793, 246158), (2, -1, -1, 0, 57066, -152138), (2, 0, 1, 0, 53322, -170733),
        (2, -1, 0, 0, 45758, -204586), (0, 1, -1, 0, -40923, -129620), (1, 0, 0, 0, -34720, 108743),
        (0, 1, 1, 0, -30383, 104755), (2, 0, 0, -2, 15327, 10321), (0, 0, 1, 2, -12528, 0),
        (0, 0, 1, -2, 10980, 79661), (4, 0, -1, 0, 10675, -34782), (0, 0, 3, 0, 10034, -23210),
        (4, 0, -2, 0, 8548, -21636), (2, 1, -1, 0, -7888, 24208), (2, 1, 0, 0, -6766, 30824),
        (1, 0, -1, 0, -5163, -8379), (1, 1, 0, 0, 4987, -16675), (2, -1, 1, 0, 4036, -12831),
        (2, 0, 2, 0, 3994, -10445), (4, 0, 0, 0, 3861, -11650), (2, 0, -3, 0, 3665, 14403),
        (0, 1, -2, 0, -2689, -7003), (2, 0, -1, 2, -2602, 0), (2, -1, -2, 0, 2390, 10056),
        (1, 0, 1, 0, -2348, 6322), (2, -2, 0, 0, 2236, -9884), (0, 1, 2, 0, -2120, 5751),
        (0, 2, 0, 0, -2069, 0), (2, -2, -1, 0, 2048, -4950), (2, 0, 1, -2, -1773, 4130),
        (2, 0, 0, 2, -1595, 0), (4, -1, -1, 0, 1215, -3958), (0, 0, 2, 2, -1110, 0),
        (3, 0, -1, 0, -892, 3258), (2, 1, 1, 0, -810, 2616), (4, -1, -2, 0, 759, -1897),
        (0, 2, -1, 0, -713, -2117), (2, 2, -1, 0, -700, 2354), (2, 1, -2, 0, 691, 0),
        (2, -1, 0, -2, 596, 0), (4, 0, 1, 0, 549, -1423), (0, 0, 4, 0, 537, -1117),
        (4, -1, 0, 0, 520, -1571), (1, 0, -2, 0, -487, -1739), (2, 1, 0, -2, -399, 0),
        (0, 0, 2, -2, -381, -4421), (1, 1, 1, 0, 351, 0), (3, 0, -2, 0, -340, 0),
        (4, 0, -3, 0, 330, 0), (2, -1, 2, 0, 327, 0), (0, 2, 1, 0, -323, 1165),
        (1, 1, -1, 0, 299, 0), (2, 0, 3, 0, 294, 0), (2, 0, -1, -2, 0, 8752),
    ];

    // Table 47.B: multiples of D, M, M', F; coefficient of Σb (1e-6 degree).
    private static readonly (sbyte D, sbyte M, sbyte Mp, sbyte F, int B)[] s_latitudeTerms =
    [
        (0, 0, 0, 1, 5128122), (0, 0, 1, 1, 280602), (0, 0, 1, -1, 277693), (2, 0, 0, -1, 173237),
        (2, 0, -1, 1, 55413), (2, 0, -1, -1, 46271), (2, 0, 0, 1, 32573), (0, 0, 2, 1, 17198),
        (2, 0, 1, -1, 9266), (0, 0, 2, -1, 8822), (2, -1, 0, -1, 8216), (2, 0, -2, -1, 4324),
        (2, 0, 1, 1, 4200), (2, 1, 0, -1, -3359), (2, -1, -1, 1, 2463), (2, -1, 0, 1, 2211),
        (2, -1, -1, -1, 2065), (0, 1, -1, -1, -1870), (4, 0, -1, -1, 1828), (0, 1, 0, 1, -1794),
        (0, 0, 0, 3, -1749), (0, 1, -1, 1, -1565), (1, 0, 0, 1, -1491), (0, 1, 1, 1, -1475),
        (0, 1, 1, -1, -1410), (0, 1, 0, -1, -1344), (1, 0, 0, -1, -1335), (0, 0, 3, 1, 1107),
        (4, 0, 0, -1, 1021), (4, 0, -1, 1, 833), (0, 0, 1, -3, 777), (4, 0, -2, 1, 671),
        (2, 0, 0, -3, 607), (2, 0, 2, -1, 596), (2, -1, 1, -1, 491), (2, 0, -2, 1, -451),
        (0, 0, 3, -1, 439), (2, 0, 2, 1, 422), (2, 0, -3, -1, 421), (2, 1, -1, 1, -366),
        (2, 1, 0, 1, -351), (4, 0, 0, 1, 331), (2, -1, 1, 1, 315), (2, -2, 0, -1, 302),
        (0, 0, 1, 3, -283), (2, 1, 1, -1, -229), (1, 1, 0, -1, 223), (1, 1, 0, 1, 223),
        (0, 1, -2, -1, -220), (2, 1, -1, -1, -220), (1, 0, 1, 1, -185), (2, -1, -2, -1, 181),
        (0, 1, 2, 1, -177), (4, 0, -2, -1, 176), (4, -1, -1, -1, 166), (1, 0, 1, -1, -164),
        (4, 0, 1, -1, 132), (1, 0, -1, -1, -119), (4, -1, 0, -1, 115), (2, -2, 0, 1, 107),
    ];

    /// <summary>TT − UT in days for a Julian day (UT).</summary>
    internal static double DeltaTDays(double jd)
    {
        double u = (jd - 2385800.5) / 36525; // centuries from 1820
        return (-20 + (32 * u * u)) / 86400;
    }

    /// <summary>Julian centuries (TT) from J2000.0.</summary>
    internal static double Centuries(double jde) => (jde - 2451545.0) / 36525;

    /// <summary>The Sun's apparent geocentric ecliptic longitude (degrees, mean equinox of date with aberration and nutation in longitude) and distance (AU).</summary>
    internal static double SunLongitude(double jde, out double distanceAu)
    {
        double t = Centuries(jde);
        double l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        double m = (357.52911 + (35999.05029 * t) - (0.0001537 * t * t)) * Deg;
        double e = 0.016708634 - (0.000042037 * t) - (0.0000001267 * t * t);
        double c = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        double trueLongitude = l0 + c;
        double nu = m + (c * Deg);
        distanceAu = 1.000001018 * (1 - (e * e)) / (1 + (e * Math.Cos(nu)));
        double omega = (125.04 - (1934.136 * t)) * Deg;
        return Normalize(trueLongitude - 0.00569 - (0.00478 * Math.Sin(omega)));
    }

    /// <summary>The Moon's geocentric ecliptic longitude and latitude (degrees, mean equinox of date) and distance (km).</summary>
    internal static void Moon(double jde, out double longitude, out double latitude, out double distanceKm)
    {
        double t = Centuries(jde);
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double lp = 218.3164477 + (481267.88123421 * t) - (0.0015786 * t2) + (t3 / 538841) - (t4 / 65194000);
        double d = 297.8501921 + (445267.1114034 * t) - (0.0018819 * t2) + (t3 / 545868) - (t4 / 113065000);
        double m = 357.5291092 + (35999.0502909 * t) - (0.0001536 * t2) + (t3 / 24490000);
        double mp = 134.9633964 + (477198.8675055 * t) + (0.0087414 * t2) + (t3 / 69699) - (t4 / 14712000);
        double f = 93.2720950 + (483202.0175233 * t) - (0.0036539 * t2) - (t3 / 3526000) + (t4 / 863310000);
        double a1 = (119.75 + (131.849 * t)) * Deg;
        double a2 = (53.09 + (479264.290 * t)) * Deg;
        double a3 = (313.45 + (481266.484 * t)) * Deg;
        double e = 1 - (0.002516 * t) - (0.0000074 * t2);
        double dr = Normalize(d) * Deg;
        double mr = Normalize(m) * Deg;
        double mpr = Normalize(mp) * Deg;
        double fr = Normalize(f) * Deg;
        double lpr = Normalize(lp) * Deg;

        double sl = 0;
        double sr = 0;
        foreach (var term in s_longitudeTerms)
        {
            double arg = (term.D * dr) + (term.M * mr) + (term.Mp * mpr) + (term.F * fr);
            double factor = term.M switch { 0 => 1, 1 or -1 => e, _ => e * e };
            sl += term.L * factor * Math.Sin(arg);
            sr += term.R * factor * Math.Cos(arg);
        }

        double sb = 0;
        foreach (var term in s_latitudeTerms)
        {
            double arg = (term.D * dr) + (term.M * mr) + (term.Mp * mpr) + (term.F * fr);
            double factor = term.M switch { 0 => 1, 1 or -1 => e, _ => e * e };
            sb += term.B * factor * Math.Sin(arg);
        }

        sl += (3958 * Math.Sin(a1)) + (1962 * Math.Sin(lpr - fr)) + (318 * Math.Sin(a2));
        sb += (-2235 * Math.Sin(lpr)) + (382 * Math.Sin(a3)) + (175 * Math.Sin(a1 - fr)) + (175 * Math.Sin(a1 + fr))
            + (127 * Math.Sin(lpr - mpr)) - (115 * Math.Sin(lpr + mpr));

        longitude = Normalize(lp + (sl / 1e6));
        latitude = sb / 1e6;
        distanceKm = 385000.56 + (sr / 1000);
    }

    /// <summary>The Moon's apparent longitude as <see cref="SunLongitude"/> reckons it (nutation in longitude added).</summary>
    private static double MoonApparentLongitude(double jde)
    {
        Moon(jde, out double longitude, out _, out _);
        double t = Centuries(jde);
        double omega = (125.04452 - (1934.136261 * t)) * Deg;
        return Normalize(longitude - (0.00478 * Math.Sin(omega)));
    }

    /// <summary>
    /// The instant (JDE) of the geocentric conjunction in ecliptic longitude nearest to <paramref name="jdeGuess"/>
    /// (within about ten days), by Newton's method on the Moon–Sun elongation in longitude.
    /// </summary>
    internal static double NewMoon(double jdeGuess)
    {
        double jde = jdeGuess;
        for (int i = 0; i < 8; i++)
        {
            double difference = SignedAngle(MoonApparentLongitude(jde) - SunLongitude(jde, out _));
            double step = -difference / 12.190749; // mean synodic motion, degrees a day
            jde += step;
            if (Math.Abs(step) < 1e-6)
            {
                break;
            }
        }

        return jde;
    }

    /// <summary>Greenwich mean sidereal time in degrees at the instant <paramref name="jd"/> (UT).</summary>
    internal static double SiderealTime(double jd)
    {
        double t = (jd - 2451545.0) / 36525;
        return Normalize(280.46061837 + (360.98564736629 * (jd - 2451545.0)) + (0.000387933 * t * t) - (t * t * t / 38710000));
    }

    /// <summary>Mean obliquity of the ecliptic in degrees.</summary>
    internal static double Obliquity(double jde)
    {
        double t = Centuries(jde);
        return 23.4392911 - (0.0130042 * t) - (0.00000016 * t * t) + (0.000000504 * t * t * t);
    }

    /// <summary>Right ascension and declination (degrees) of ecliptic coordinates.</summary>
    internal static void ToEquatorial(double longitude, double latitude, double obliquity, out double rightAscension, out double declination)
    {
        double l = longitude * Deg;
        double b = latitude * Deg;
        double e = obliquity * Deg;
        rightAscension = Normalize(Math.Atan2((Math.Sin(l) * Math.Cos(e)) - (Math.Tan(b) * Math.Sin(e)), Math.Cos(l)) / Deg);
        declination = Math.Asin((Math.Sin(b) * Math.Cos(e)) + (Math.Cos(b) * Math.Sin(e) * Math.Sin(l))) / Deg;
    }

    /// <summary>The horizontal position (geocentric altitude and azimuth, degrees) of a body at an instant.</summary>
    internal static void ToHorizontal(
        double jd, double rightAscension, double declination, double latitude, double longitudeEast, out double altitude, out double azimuth)
    {
        double h = (SiderealTime(jd) + longitudeEast - rightAscension) * Deg;
        double phi = latitude * Deg;
        double delta = declination * Deg;
        altitude = Math.Asin((Math.Sin(phi) * Math.Sin(delta)) + (Math.Cos(phi) * Math.Cos(delta) * Math.Cos(h))) / Deg;
        azimuth = Normalize(Math.Atan2(Math.Sin(h), (Math.Cos(h) * Math.Sin(phi)) - (Math.Tan(delta) * Math.Cos(phi))) / Deg);
    }

    /// <summary>The Sun's geocentric altitude and azimuth at <paramref name="jd"/> (UT).</summary>
    internal static void SunHorizontal(double jd, double latitude, double longitudeEast, out double altitude, out double azimuth)
    {
        double jde = jd + DeltaTDays(jd);
        double longitude = SunLongitude(jde, out _);
        ToEquatorial(longitude, 0, Obliquity(jde), out double ra, out double dec);
        ToHorizontal(jd, ra, dec, latitude, longitudeEast, out altitude, out azimuth);
    }

    /// <summary>
    /// The Moon's geocentric altitude and azimuth at <paramref name="jd"/> (UT), with its equatorial horizontal
    /// parallax and distance.
    /// </summary>
    internal static void MoonHorizontal(
        double jd, double latitude, double longitudeEast, out double altitude, out double azimuth, out double parallax, out double distanceKm)
    {
        double jde = jd + DeltaTDays(jd);
        Moon(jde, out double longitude, out double lat, out distanceKm);
        ToEquatorial(longitude, lat, Obliquity(jde), out double ra, out double dec);
        ToHorizontal(jd, ra, dec, latitude, longitudeEast, out altitude, out azimuth);
        parallax = Math.Asin(6378.14 / distanceKm) / Deg;
    }

    /// <summary>
    /// The instant (UT) of sunset on the civil day that starts at <paramref name="jdMidnightUt"/>, for a site east of
    /// Greenwich at moderate latitude: the Sun's centre at −0°50′ (refraction and semi-diameter).
    /// </summary>
    internal static double Sunset(double jdMidnightUt, double latitude, double longitudeEast)
    {
        double jd = jdMidnightUt + ((18 - (longitudeEast / 15)) / 24);
        for (int i = 0; i < 6; i++)
        {
            double jde = jd + DeltaTDays(jd);
            ToEquatorial(SunLongitude(jde, out _), 0, Obliquity(jde), out double ra, out double dec);
            double step = SetCorrection(jd, ra, dec, latitude, longitudeEast, -0.8333);
            jd += step;
            if (Math.Abs(step) < 1e-5)
            {
                break;
            }
        }

        return jd;
    }

    /// <summary>
    /// The instant (UT) the Moon sets nearest after <paramref name="jdStart"/> (searched from there, within about
    /// half a day), or <see cref="double.NaN"/> when it does not set (never at Iran's latitudes).
    /// </summary>
    internal static double Moonset(double jdStart, double latitude, double longitudeEast)
    {
        double jd = jdStart;
        for (int i = 0; i < 10; i++)
        {
            double jde = jd + DeltaTDays(jd);
            Moon(jde, out double lon, out double lat, out double distance);
            ToEquatorial(lon, lat, Obliquity(jde), out double ra, out double dec);
            double parallax = Math.Asin(6378.14 / distance) / Deg;
            double step = SetCorrection(jd, ra, dec, latitude, longitudeEast, (0.7275 * parallax) - 0.5667);
            if (double.IsNaN(step))
            {
                return double.NaN;
            }

            // The Moon's hour angle grows about 3.5% slower than the Sun's.
            step *= 1.0366;
            jd += step;
            if (Math.Abs(step) < 1e-5)
            {
                break;
            }
        }

        return jd;
    }

    /// <summary>Days to add to <paramref name="jd"/> to reach the setting of a body at altitude <paramref name="h0"/> (NaN when it never sets).</summary>
    private static double SetCorrection(double jd, double ra, double dec, double latitude, double longitudeEast, double h0)
    {
        double phi = latitude * Deg;
        double delta = dec * Deg;
        double cosH0 = (Math.Sin(h0 * Deg) - (Math.Sin(phi) * Math.Sin(delta))) / (Math.Cos(phi) * Math.Cos(delta));
        if (cosH0 is < -1 or > 1)
        {
            return double.NaN;
        }

        double setHourAngle = Math.Acos(cosH0) / Deg;
        double hourAngle = SignedAngle(SiderealTime(jd) + longitudeEast - ra);
        return SignedAngle(setHourAngle - hourAngle) / 360.98564736629;
    }

    /// <summary>An angle in degrees reduced to [0, 360).</summary>
    internal static double Normalize(double degrees)
    {
        double r = degrees % 360;
        return r < 0 ? r + 360 : r;
    }

    /// <summary>An angle in degrees reduced to (−180, 180].</summary>
    internal static double SignedAngle(double degrees)
    {
        double r = Normalize(degrees);
        return r > 180 ? r - 360 : r;
    }
}
